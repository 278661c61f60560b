/**
 * Where HIMDS listens: port 40342 on the loopback (DOC: IMDS_ENDPOINT `http://localhost:40342`;
 * 3P: scripts call `http://127.0.0.1:40342`; DOC: since 1.38 also the IPv6 loopback `::1`).
 */
export const HIMDS_ORIGINS: readonly string[] = [
  'http://localhost:40342',
  'http://127.0.0.1:40342',
  'http://[::1]:40342',
];

/** The instance metadata path and its compute leaf (DOC; 3P: scripts read `/metadata/instance/compute`). */
export const METADATA_PATHS: readonly string[] = ['/metadata/instance', '/metadata/instance/compute'];

/** The managed identity token path (DOC: IDENTITY_ENDPOINT). */
export const TOKEN_PATH = '/metadata/identity/oauth2/token';

/**
 * The api-versions HIMDS accepts. DOC: 2019-11-01 and 2020-06-01 appear in Microsoft's examples
 * for both endpoints; the others are ASSUME (Azure IMDS versions of the same years).
 */
export const HIMDS_API_VERSIONS: readonly string[] = ['2019-08-15', '2019-11-01', '2020-06-01', '2021-02-01'];

/** True when HIMDS serves this URL (any other stays unhandled under msw). */
export function servesHimds(url: URL): boolean {
  return (
    HIMDS_ORIGINS.includes(url.origin) &&
    (METADATA_PATHS.includes(url.pathname) || url.pathname === TOKEN_PATH)
  );
}
