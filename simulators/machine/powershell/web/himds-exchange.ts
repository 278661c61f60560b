import { instanceMetadata } from '../../../arc/agent/himds/metadata.js';
import { tokenResponse } from '../../../arc/agent/himds/token.js';
import {
  type ConnectedMachineAgent,
  HIMDS_API_VERSIONS,
  HIMDS_ORIGINS,
  himdsErrors,
  METADATA_PATHS,
  servesHimds,
} from '../../../arc/agent/index.js';
import { type HttpReply, httpReply } from './http-reply.js';
import { responseText } from './response-text.js';

/** A request from a script: method, URL and header fields by lower-case name. */
export interface HttpRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: ReadonlyMap<string, string>;
}

/** What came of it: HIMDS's reply, a refused connection, or a HIMDS path the harness lacks. */
export type HimdsExchange = { readonly reply: HttpReply } | 'refused' | 'not-emulated';

/** True for the loopback origins HIMDS listens on (any other host is the network). */
export const isHimdsOrigin = (url: URL): boolean => HIMDS_ORIGINS.includes(url.origin);

/**
 * One request to the machine's own HIMDS, answered synchronously. The script host runs without
 * promises, so this follows createHimdsHandler (simulators/arc/agent/himds/handler.ts) step for
 * step, with its own parts (himdsErrors, instanceMetadata, tokenResponse); a test checks both
 * answer alike. Nothing listens when the agent is missing, not installed or himds is stopped.
 */
export function himdsExchange(agent: ConnectedMachineAgent | undefined, request: HttpRequest): HimdsExchange {
  const { url } = request;
  if (!agent?.isInstalled || !agent.himdsRunning) return 'refused';
  if (!servesHimds(url)) return 'not-emulated';
  const now = agent.clock.now();
  agent.sync(now);
  const header = (name: string) => request.headers.get(name) ?? null;
  const answer = (response: Response) => ({
    reply: httpReply(response.status, response.headers, responseText(response)),
  });
  if (request.method !== 'GET') return answer(himdsErrors.methodNotAllowed());
  if (header('metadata')?.toLowerCase() !== 'true') return answer(himdsErrors.missingMetadataHeader());
  const version = url.searchParams.get('api-version');
  if (version === null || !HIMDS_API_VERSIONS.includes(version))
    return answer(himdsErrors.badApiVersion(version));
  const resource = agent.resource;
  if (resource === undefined) return answer(himdsErrors.notConnected());
  if (METADATA_PATHS.includes(url.pathname)) {
    const document = instanceMetadata(agent);
    const body = url.pathname.endsWith('/compute') ? document.compute : document;
    return answer(Response.json(body, { headers: { 'content-type': 'application/json; charset=utf-8' } }));
  }
  const audience = url.searchParams.get('resource');
  if (!audience) return answer(himdsErrors.missingResource());
  return answer(tokenResponse(agent, resource, audience, header('authorization'), now));
}
