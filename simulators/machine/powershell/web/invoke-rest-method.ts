import { type CommandDefinition, fromJson, type PSValue } from '../../../powershell/index.js';
import type { MachineShell } from '../shell.js';
import { type HttpReply, replyHeader } from './http-reply.js';
import { sendWebRequest } from './send-request.js';
import { WEB_PARAMETERS } from './web-parameters.js';

/**
 * Invoke-RestMethod (alias irm; DOC: Invoke-RestMethod 5.1) against the machine's HIMDS (see
 * sendWebRequest). 3P (InvokeRestMethodCommand.ProcessResponse, the 5.1 code): a JSON answer
 * becomes objects (see fromJson), written as one object, so a JSON array is not unrolled (3P:
 * 5.1's known difference from PowerShell 7); text that is not JSON stays a string. ASSUME: XML
 * answers are not emulated (HIMDS sends none); such a body is refused.
 */
export function invokeRestMethod(shell: MachineShell): CommandDefinition {
  return {
    name: 'Invoke-RestMethod',
    aliases: ['irm'],
    commandClass: 'Microsoft.PowerShell.Commands.InvokeRestMethodCommand',
    parameters: WEB_PARAMETERS,
    create: () => ({
      process(ctx) {
        const { reply } = sendWebRequest(ctx, shell, { name: 'Invoke-RestMethod' });
        if (/xml/i.test(replyHeader(reply, 'Content-Type') ?? ''))
          ctx.unsupported('Invoke-RestMethod of an XML answer');
        ctx.writeOutput(restValue(reply));
      },
    }),
  };
}

function restValue(reply: HttpReply): PSValue {
  return fromJson(reply.body) ?? reply.body;
}
