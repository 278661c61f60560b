import type { ConnectedMachineAgent } from '../agent.js';
import { HIMDS_API_VERSIONS, METADATA_PATHS, servesHimds } from './endpoint.js';
import { himdsErrors } from './errors.js';
import { instanceMetadata } from './metadata.js';
import { tokenResponse } from './token.js';

/** A transport-neutral HTTP handler: a Fetch Request in, a Response out. */
export type FetchHandler = (request: Request) => Promise<Response>;

/**
 * The HIMDS endpoint of one machine's agent, for any transport (msw, a node server, a script host
 * routing `Invoke-RestMethod http://localhost:40342/...`). When himds is stopped or the agent is not
 * installed nothing listens: the call throws what undici's fetch throws, TypeError `fetch failed`
 * with an ECONNREFUSED cause. Checks in IMDS's order (INFER): method, Metadata header, api-version,
 * a connected agent, then the endpoint's own. A URL HIMDS does not serve is the harness's 501.
 */
export function createHimdsHandler(agent: ConnectedMachineAgent): FetchHandler {
  return async (request) => {
    const url = new URL(request.url);
    if (!agent.isInstalled || !agent.himdsRunning) throw himdsErrors.connectionRefused(url);
    if (!servesHimds(url)) {
      return new Response(`[hotpatch-harness] HIMDS: ${request.method} ${url.pathname} is not emulated`, {
        status: 501,
      });
    }
    const now = agent.clock.now();
    agent.sync(now);
    if (request.method !== 'GET') return himdsErrors.methodNotAllowed();
    // DOC: the header must be `Metadata: true`; IMDS compares without case (3P: clients send `True`).
    if (request.headers.get('metadata')?.toLowerCase() !== 'true') return himdsErrors.missingMetadataHeader();
    const version = url.searchParams.get('api-version');
    if (version === null || !HIMDS_API_VERSIONS.includes(version)) return himdsErrors.badApiVersion(version);
    const resource = agent.resource;
    if (resource === undefined) return himdsErrors.notConnected();
    if (METADATA_PATHS.includes(url.pathname)) {
      const document = instanceMetadata(agent);
      const body = url.pathname.endsWith('/compute') ? document.compute : document;
      return Response.json(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
    }
    const audience = url.searchParams.get('resource');
    if (!audience) return himdsErrors.missingResource();
    return tokenResponse(agent, resource, audience, request.headers.get('authorization'), now);
  };
}
