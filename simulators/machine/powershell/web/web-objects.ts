import { PSHashtable, PSObject } from '../../../powershell/index.js';
import { type HttpReply, replyHeader } from './http-reply.js';
import { statusCodeOf } from './status-texts.js';
import type { WebRequestSpec } from './web-request.js';

/**
 * The System.Net.HttpWebRequest a web error names as its target (3P, 5.1 output: "InvalidOperation:
 * (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebException"): its ToString()
 * is the type name. Only Method and RequestUri are emulated (ASSUME).
 */
export function httpWebRequest(request: WebRequestSpec): PSObject {
  return new PSObject(
    ['System.Net.HttpWebRequest', 'System.Net.WebRequest', 'System.MarshalByRefObject', 'System.Object'],
    [
      ['Method', request.method],
      ['RequestUri', request.url.href],
    ],
    { text: () => 'System.Net.HttpWebRequest' },
  );
}

/**
 * The System.Net.HttpWebResponse of a failed request, as `$_.Exception.Response` (DOC:
 * HttpWebResponse): Headers (a WebHeaderCollection, here a hashtable, so `Headers['WWW-Authenticate']`
 * ignores case as it does), ContentLength, ContentType, StatusCode (the HttpStatusCode name, as
 * enums are here), StatusDescription, ResponseUri, Method, and GetResponseHeader(name), which
 * gives '' for a header that is missing (INFER: .NET returns String.Empty).
 */
export function httpWebResponse(request: WebRequestSpec, reply: HttpReply): PSObject {
  const headers = new PSHashtable();
  for (const [name, value] of reply.headers) headers.set(name, value);
  return new PSObject(
    ['System.Net.HttpWebResponse', 'System.Net.WebResponse', 'System.MarshalByRefObject', 'System.Object'],
    [
      ['Headers', headers],
      ['ContentLength', Number(replyHeader(reply, 'Content-Length') ?? -1)],
      ['ContentType', replyHeader(reply, 'Content-Type') ?? ''],
      ['StatusCode', statusCodeOf(reply)],
      ['StatusDescription', reply.description],
      ['ResponseUri', request.url.href],
      ['Method', request.method],
    ],
    {
      text: () => 'System.Net.HttpWebResponse',
      methods: { getresponseheader: ([name]) => replyHeader(reply, String(name ?? '')) ?? '' },
    },
  );
}
