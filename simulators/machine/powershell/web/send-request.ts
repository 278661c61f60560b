import type { CommandContext } from '../../../powershell/index.js';
import type { MachineShell } from '../shell.js';
import { himdsExchange, isHimdsOrigin } from './himds-exchange.js';
import { type HttpReply, replyHeader } from './http-reply.js';
import { connectFailure, protocolError, type WebCmdlet } from './web-errors.js';
import { type WebRequestSpec, webRequestOf } from './web-request.js';

/**
 * Sends a web cmdlet's request and returns the 2xx reply. The harness has no network: only the
 * machine's own HIMDS answers (http://localhost:40342, 127.0.0.1, [::1]); any other URI is refused
 * by name, never requested. 3P (WebRequestPSCmdlet.ProcessRecord, the 5.1 code): the verbose
 * lines "<METHOD> <uri> with <n>-byte payload" and "received <n>-byte response of content type
 * <type>"; an error status or a refused connection is a terminating error (see web-errors.ts).
 */
export function sendWebRequest(
  ctx: CommandContext,
  shell: MachineShell,
  cmdlet: WebCmdlet,
): { request: WebRequestSpec; reply: HttpReply } {
  const request = webRequestOf(ctx, cmdlet.name);
  if (!isHimdsOrigin(request.url))
    ctx.unsupported(
      `${cmdlet.name} ${request.url.href}: the harness has no network (only this machine's HIMDS, http://localhost:40342, answers)`,
    );
  ctx.writeVerbose(`${request.method} ${request.url.href} with ${request.payloadBytes}-byte payload`);
  const exchange = himdsExchange(shell.agent, request);
  if (exchange === 'refused') throw connectFailure(cmdlet, request);
  if (exchange === 'not-emulated')
    return ctx.unsupported(
      `${cmdlet.name} ${request.url.pathname}: a HIMDS path the harness does not emulate`,
    );
  const { reply } = exchange;
  if (reply.status >= 400) throw protocolError(cmdlet, request, reply);
  const type = replyHeader(reply, 'Content-Type') ?? '';
  ctx.writeVerbose(`received ${replyHeader(reply, 'Content-Length')}-byte response of content type ${type}`);
  return { request, reply };
}
