import { armErrors } from './error-factory.js';

// RFC 6750 b64token: the scheme `Bearer`, one space, then token68 characters.
const BEARER = /^Bearer [A-Za-z0-9\-._~+/]+=*$/i;

/**
 * ARM's authentication check of the `Authorization` header. The emulator verifies no signature,
 * audience or expiry: any bearer token of the right form is accepted (real ARM would answer 401
 * InvalidAuthenticationToken to a token that is not a valid Entra ID JWT; tests and local tools use
 * dummy tokens on purpose).
 */
export function checkAuthorization(header: string | undefined): void {
  if (header === undefined || header.trim() === '') throw armErrors.authorizationMissing();
  if (!BEARER.test(header)) throw armErrors.authorizationMalformed();
}
