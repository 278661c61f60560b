import { stableGuid } from '../../../shared/stable-id.js';
import { type ArcResource, resourceIdOf } from '../resource.js';

const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A managed identity's ids, stable per resource (ASSUME: made up, as Azure would assign them). */
export const identityOf = (resource: ArcResource) => ({
  clientId: stableGuid(`mi-client:${resourceIdOf(resource).toLowerCase()}`),
  principalId: stableGuid(`mi-principal:${resourceIdOf(resource).toLowerCase()}`),
});

/**
 * A JWT-shaped access token with the claims a managed identity token carries (INFER: Entra ID's
 * claim names), and no signature: nothing in the emulated world checks one, and nothing outside
 * must mistake it for a real token.
 */
export function fakeAccessToken(
  resource: ArcResource,
  audience: string,
  issuedAt: number,
  lifetimeS: number,
): string {
  const { clientId, principalId } = identityOf(resource);
  const iat = Math.floor(issuedAt / 1000);
  const header = { typ: 'JWT', alg: 'none' };
  const claims = {
    aud: audience,
    iss: `https://sts.windows.net/${resource.tenantId}/`,
    iat,
    nbf: iat,
    exp: iat + lifetimeS,
    appid: clientId,
    idtyp: 'app',
    oid: principalId,
    sub: principalId,
    tid: resource.tenantId,
    xms_mirid: resourceIdOf(resource),
  };
  return `${b64url(header)}.${b64url(claims)}.`;
}
