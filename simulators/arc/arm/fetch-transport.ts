import type { ArmRequest, ArmResponse } from './arm-message.js';

/**
 * Serves a Fetch `Request` through a synchronous handler: reads the body (the only asynchronous
 * part of Fetch), hands over plain records, and turns the answer back into a `Response`.
 */
export async function serveFetch(
  request: Request,
  handle: (request: ArmRequest) => ArmResponse,
): Promise<Response> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  // Request.text() decodes UTF-8 and drops a byte-order mark, as ARM's front door reads JSON.
  const body = await request.text();
  const answer = handle({ method: request.method, url: request.url, headers, body });
  return new Response(answer.body ?? null, { status: answer.status, headers: answer.headers });
}
