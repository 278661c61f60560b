import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ArmRequest, ArmResponse } from './arm-message.js';
import type { ArmPlane } from './plane.js';

/** Where to listen; the host defaults to loopback only (DESIGN: `serve` is on 127.0.0.1). */
export interface ArmServerOptions {
  readonly port: number;
  readonly host?: string;
  /**
   * What answers each request; defaults to the plane's {@link ArmPlane.handle}. A harness wraps
   * it to serve its own endpoints beside ARM's, or to react after each request.
   */
  readonly handle?: (request: ArmRequest) => ArmResponse;
}

/** A running server: its base URL (use it as the SDK's endpoint) and how to stop it. */
export interface ArmServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Serves the plane over node:http: reads the body, hands plain records to the synchronous core. */
export function startArmServer(plane: ArmPlane, options: ArmServerOptions): Promise<ArmServer> {
  const host = options.host ?? '127.0.0.1';
  const handle = options.handle ?? ((request: ArmRequest) => plane.handle(request));
  const server = createServer((req, res) => {
    serve(handle, req, res, host).catch((error: unknown) => {
      res.statusCode = 500;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(`[hotpatch-harness] ${error instanceof Error ? error.stack : String(error)}`);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${port}`,
        port,
        close: () => new Promise<void>((done, fail) => server.close((e) => (e ? fail(e) : done()))),
      });
    });
  });
}

async function serve(
  handle: (request: ArmRequest) => ArmResponse,
  req: IncomingMessage,
  res: ServerResponse,
  host: string,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  // UTF-8 with any byte-order mark dropped, as Fetch's Request.text() reads a body.
  const body = new TextDecoder().decode(Buffer.concat(chunks));
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? host}`).href;
  const answer = handle({ method: req.method ?? 'GET', url, headers, body });
  res.sendDate = false; // the plane sets Date from virtual time
  res.statusCode = answer.status;
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  res.end(answer.body ?? '');
}
