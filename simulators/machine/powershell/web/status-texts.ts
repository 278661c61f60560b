import type { HttpReply } from './http-reply.js';

/**
 * 3P (.NET Framework's net_httpstatuscode_* texts, as in "The remote server returned an error:
 * (503) Server Unavailable."): the words after the code. They are the reason phrase but where .NET
 * words a status its own way.
 */
const STATUS_TEXTS: Readonly<Record<number, string>> = {
  503: 'Server Unavailable',
};

/** DOC (System.Net.HttpStatusCode): the names of the statuses HIMDS answers with. */
const STATUS_NAMES: Readonly<Record<number, string>> = {
  200: 'OK',
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  500: 'InternalServerError',
  501: 'NotImplemented',
  503: 'ServiceUnavailable',
};

/** WebException's message for an error status: "The remote server returned an error: (401) Unauthorized." */
export function protocolErrorMessage(reply: HttpReply): string {
  const words = STATUS_TEXTS[reply.status] ?? reply.description;
  return `The remote server returned an error: (${reply.status})${words ? ` ${words}` : ''}.`;
}

/** HttpWebResponse.StatusCode: the HttpStatusCode's name (enums are their names here), else the number. */
export const statusCodeOf = (reply: HttpReply): string | number => STATUS_NAMES[reply.status] ?? reply.status;
