import { HIMDS_API_VERSIONS } from './endpoint.js';

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

const errorResponse = (
  status: number,
  error: string,
  description: string,
  headers: Record<string, string> = {},
) =>
  new Response(JSON.stringify({ error, error_description: description }), {
    status,
    headers: { ...JSON_TYPE, ...headers },
  });

/** What undici's fetch throws when nothing listens on the port: TypeError, cause ECONNREFUSED. */
function connectionRefused(host: string): TypeError {
  const cause = Object.assign(new Error(`connect ECONNREFUSED ${host}:40342`), {
    code: 'ECONNREFUSED',
    errno: -4078, // WSAECONNREFUSED as libuv reports it on Windows (DOC: libuv errno table)
    syscall: 'connect',
    address: host,
    port: 40342,
  });
  return new TypeError('fetch failed', { cause });
}

/**
 * The one place HIMDS's errors are made. Its errors are OAuth-style `{ error, error_description }`
 * (3P: scripts read `error_description` from HIMDS errors). Grades per entry.
 */
export const himdsErrors = {
  /**
   * 3P: Azure IMDS's identity endpoint answers exactly this (azure-sdk-for-net tests); INFER that
   * HIMDS, which mirrors IMDS, answers it on both its endpoints.
   */
  missingMetadataHeader: () =>
    errorResponse(400, 'invalid_request', 'Required metadata header not specified'),
  /** 3P: the description lists the versions after `Supported are` (a support script parses it); rest ASSUME. */
  badApiVersion: (given: string | null) =>
    errorResponse(
      400,
      'invalid_request',
      `${given === null ? 'Missing api-version parameter' : `Invalid api-version '${given}'`}. Supported are ${HIMDS_API_VERSIONS.join(' ')}`,
    ),
  /** 3P: IMDS's text for a token request without `resource`; INFER for HIMDS. */
  missingResource: () => errorResponse(400, 'invalid_request', 'Required audience parameter not specified'),
  /** INFER: IMDS allows GET only (DOC: Azure IMDS, 405). */
  methodNotAllowed: () =>
    errorResponse(405, 'invalid_request', 'Only GET requests are supported', { allow: 'GET' }),
  /** ASSUME: after `azcmagent disconnect` the service has no identity to describe or lend. */
  notConnected: () => errorResponse(400, 'invalid_request', 'The machine is not connected to Azure Arc'),
  /**
   * DOC: the challenge, 401 with `WWW-Authenticate: Basic realm=<key file path>` (path unquoted, 3P:
   * clients split on `Basic realm=`). The body is empty (ASSUME).
   */
  challenge: (keyPath: string) =>
    new Response(null, { status: 401, headers: { 'www-authenticate': `Basic realm=${keyPath}` } }),
  /** ASSUME: a key that is not one HIMDS issued, or was used up, is refused, without a new challenge. */
  invalidKey: () => errorResponse(401, 'invalid_client', 'The key in the Authorization header is not valid'),
  /** DOC/3P: nothing listens when himds is stopped or not installed: the client's connection is refused. */
  connectionRefused: (url: URL) =>
    connectionRefused(url.hostname === 'localhost' ? '127.0.0.1' : url.hostname.replace(/^\[|\]$/g, '')),
};
