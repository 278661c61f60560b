/**
 * One request to the emulated control plane as plain data, whatever carried it (msw, node:http,
 * the engine calling in-process). The plane's core answers these synchronously.
 */
export interface ArmRequest {
  readonly method: string;
  /** The absolute URL; its origin is where async-operation URLs and next links lead back to. */
  readonly url: string;
  /** Header names in any case (HTTP header names ignore case). */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as text; absent or empty for none. */
  readonly body?: string;
}

/** The plane's answer as plain data: header names are lower case; no body for 202 without content, 204. */
export interface ArmResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** The request with its header names in lower case, as the core reads them. */
export function normalizeRequest(request: ArmRequest): ArmRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  return { ...request, headers };
}
