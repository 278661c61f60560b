import { type CommandContext, PSHashtable } from '../../../powershell/index.js';
import { refuseParameters } from '../kit/refuse.js';
import { psText } from '../objects/ps-text.js';
import { formatDictionary } from './form-encode.js';
import type { HttpRequest } from './himds-exchange.js';

/** The request a web cmdlet sends, and its body's size for the verbose message. */
export interface WebRequestSpec extends HttpRequest {
  readonly payloadBytes: number;
}

/** Parameters 5.1 has that the harness does not emulate: refused by name when given. */
const NOT_EMULATED = [
  'WebSession',
  'SessionVariable',
  'Credential',
  'UseDefaultCredentials',
  'CertificateThumbprint',
  'Certificate',
  'MaximumRedirection',
  'Proxy',
  'ProxyCredential',
  'ProxyUseDefaultCredentials',
  'TransferEncoding',
  'InFile',
  'OutFile',
  'PassThru',
];

/**
 * The request from a web cmdlet's parameters. 3P (WebRequestPSCmdlet.GetRequest and
 * FillRequestStream, the 5.1 code): a URI without a scheme gets `http://`; -Method Default is
 * GET, others upper-cased; -Headers values by ToString(); a dictionary -Body with GET becomes the
 * query (after any query the URI has), and nothing is sent. A body with GET is refused (5.1's
 * .NET refuses it too: "Cannot send a content-body with this verb-type."). INFER: a string body
 * counts its Latin-1 bytes, 5.1's default encoding for a body without a charset.
 */
export function webRequestOf(ctx: CommandContext, cmdlet: string): WebRequestSpec {
  refuseParameters(ctx, cmdlet, NOT_EMULATED);
  const text = psText(ctx.params.Uri ?? null);
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    return ctx.unsupported(`${cmdlet} -Uri '${text}' (a URI .NET would not parse)`);
  }
  const chosen = psText(ctx.params.Method ?? 'Default');
  const method = chosen === 'Default' ? 'GET' : chosen.toUpperCase();
  const headers = new Map<string, string>();
  const table = ctx.params.Headers;
  if (table instanceof PSHashtable)
    for (const { key, value } of table.entries()) headers.set(psText(key).toLowerCase(), psText(value));
  const body = ctx.params.Body ?? null;
  let payloadBytes = 0;
  if (body !== null && method === 'GET') {
    if (!(body instanceof PSHashtable)) return ctx.unsupported(`${cmdlet} -Body with the GET method`);
    const query = formatDictionary(body);
    url.search = url.search.length > 1 ? `${url.search.slice(1)}&${query}` : query;
  } else if (body !== null) {
    payloadBytes = (body instanceof PSHashtable ? formatDictionary(body) : psText(body)).length;
  }
  return { method, url, headers, payloadBytes };
}
