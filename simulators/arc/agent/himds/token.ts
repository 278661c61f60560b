import type { ConnectedMachineAgent } from '../agent.js';
import type { ArcResource } from '../resource.js';
import { fakeAccessToken, identityOf } from './access-token.js';
import { himdsErrors } from './errors.js';

/** Tokens last 24 hours (3P: "the resulting token is valid for 24 hours", Arc Jumpstart). */
export const TOKEN_LIFETIME_S = 24 * 60 * 60;

/**
 * The token endpoint's challenge and answer (DOC): without `Authorization` a new key file and
 * 401; with `Basic <key file contents>` the token. Each answer mints a new token (ASSUME: HIMDS's
 * token cache is not modelled). Values are strings, as IMDS gives them (3P: IMDS token answers).
 */
export function tokenResponse(
  agent: ConnectedMachineAgent,
  resource: ArcResource,
  audience: string,
  authorization: string | null,
  now: number,
): Response {
  if (authorization === null) {
    const path = agent.keys.issue();
    agent.log.himds(now, 'info', 'Token request challenged', { keyFile: path });
    return himdsErrors.challenge(path);
  }
  const secret = /^Basic (.+)$/s.exec(authorization)?.[1];
  if (secret === undefined || !agent.keys.redeem(secret)) {
    agent.log.himds(now, 'warning', 'Token request refused: invalid key');
    return himdsErrors.invalidKey();
  }
  const seconds = Math.floor(now / 1000);
  agent.log.himds(now, 'info', 'Token issued', { resource: audience });
  const body = {
    access_token: fakeAccessToken(resource, audience, now, TOKEN_LIFETIME_S),
    client_id: identityOf(resource).clientId,
    expires_in: String(TOKEN_LIFETIME_S),
    expires_on: String(seconds + TOKEN_LIFETIME_S),
    ext_expires_in: String(TOKEN_LIFETIME_S),
    not_before: String(seconds),
    resource: audience,
    token_type: 'Bearer',
  };
  return Response.json(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
