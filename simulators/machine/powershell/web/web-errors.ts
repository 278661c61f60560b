import { ErrorRecord, PSException, type PSValue } from '../../../powershell/index.js';
import type { HttpReply } from './http-reply.js';
import { protocolErrorMessage } from './status-texts.js';
import { httpWebRequest, httpWebResponse } from './web-objects.js';
import type { WebRequestSpec } from './web-request.js';

/** Which web cmdlet failed: its name, CategoryInfo's activity. */
export interface WebCmdlet {
  readonly name: 'Invoke-RestMethod' | 'Invoke-WebRequest';
}

/**
 * An HTTP error status: 3P (WebRequestPSCmdlet.ProcessRecord, the 5.1 code) a statement-terminating
 * error (ThrowTerminatingError, so -ErrorAction does not silence it and try/catch catches it
 * without -ErrorAction Stop, as the documented Arc token script relies on) whose exception is
 * the System.Net.WebException "The remote server returned an error: (401) Unauthorized." with
 * Status ProtocolError and the HttpWebResponse, id WebCmdletWebResponseException, category
 * InvalidOperation, target the HttpWebRequest. A body (Content-Length > 0), its tags removed by
 * `<[^>]*>` (always for Invoke-RestMethod and with -UseBasicParsing; INFER: IE's text for HIMDS's
 * JSON is the same), becomes ErrorDetails.Message, which the console shows instead.
 */
export function protocolError(cmdlet: WebCmdlet, request: WebRequestSpec, reply: HttpReply): ErrorRecord {
  const message = protocolErrorMessage(reply);
  const response = httpWebResponse(request, reply);
  return webError(
    cmdlet,
    request,
    message,
    [
      ['Response', response],
      ['Status', 'ProtocolError'],
    ],
    reply.body.replace(/<[^>]*>/g, ''),
  );
}

/**
 * Nothing listens on the port (no agent, or himds stopped). 3P (5.1 output "Unable to connect to
 * the remote server"): the same error kind, Status ConnectFailure, no Response, and the inner
 * SocketException; INFER: .NET names the IPv4 loopback it tried last.
 */
export function connectFailure(cmdlet: WebCmdlet, request: WebRequestSpec): ErrorRecord {
  const host = request.url.hostname === 'localhost' ? '127.0.0.1' : request.url.hostname;
  const inner = new PSException(
    'System.Net.Sockets.SocketException',
    `No connection could be made because the target machine actively refused it ${host}:${request.url.port}`,
  );
  return webError(
    cmdlet,
    request,
    'Unable to connect to the remote server',
    [
      ['Response', null],
      ['Status', 'ConnectFailure'],
    ],
    '',
    inner,
  );
}

function webError(
  cmdlet: WebCmdlet,
  request: WebRequestSpec,
  message: string,
  members: (readonly [string, PSValue])[],
  details: string,
  inner?: PSException,
): ErrorRecord {
  return new ErrorRecord({
    exception: new PSException('System.Net.WebException', message, inner, members),
    errorId: 'WebCmdletWebResponseException',
    category: 'InvalidOperation',
    targetObject: httpWebRequest(request),
    activity: cmdlet.name,
    errorDetails: details,
  });
}
