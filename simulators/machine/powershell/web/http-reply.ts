/** An HTTP response as the web cmdlets see it: status, header fields in wire order, body text. */
export interface HttpReply {
  readonly status: number;
  /** The reason phrase of the status line (HttpWebResponse.StatusDescription). */
  readonly description: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string;
}

/** DOC (RFC 9110, Go's http.StatusText): the reason phrases a Go server sends. */
const REASONS: Readonly<Record<number, string>> = {
  200: 'OK',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
};

/**
 * A Fetch Response's parts as a reply from HIMDS. INFER (himds is a Go service): Go's net/http
 * writes header names canonically (`Www-Authenticate`), sorted by name, and adds Content-Length
 * to a short answer; the Date header is not emulated (ASSUME).
 */
export function httpReply(status: number, headers: Headers, body: string): HttpReply {
  const fields = new Map<string, string>([['Content-Length', String(Buffer.byteLength(body))]]);
  headers.forEach((value, name) => {
    fields.set(canonicalName(name), value);
  });
  return {
    status,
    description: REASONS[status] ?? '',
    headers: [...fields].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    body,
  };
}

/** A header's value by name in any case (WebHeaderCollection's indexer), or undefined. */
export function replyHeader(reply: HttpReply, name: string): string | undefined {
  return reply.headers.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
}

/** DOC (Go's textproto.CanonicalMIMEHeaderKey): each dash-separated word capitalized. */
const canonicalName = (name: string): string =>
  name
    .toLowerCase()
    .replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => `${dash}${letter.toUpperCase()}`);
