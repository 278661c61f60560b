import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ArmPlane } from './plane.js';

/** Where to listen; the host defaults to loopback only (DESIGN: `serve` is on 127.0.0.1). */
export interface ArmServerOptions {
  readonly port: number;
  readonly host?: string;
}

/** A running server: its base URL (use it as the SDK's endpoint) and how to stop it. */
export interface ArmServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Serves the plane over node:http, translating to and from Fetch Request/Response. */
export function startArmServer(plane: ArmPlane, options: ArmServerOptions): Promise<ArmServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    serve(plane, req, res, host).catch((error: unknown) => {
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
  plane: ArmPlane,
  req: IncomingMessage,
  res: ServerResponse,
  host: string,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD' && chunks.length > 0;
  const request = new Request(new URL(req.url ?? '/', `http://${req.headers.host ?? host}`), {
    method,
    headers,
    ...(hasBody && { body: Buffer.concat(chunks) }),
  });
  const response = await plane.handleArmRequest(request);
  res.sendDate = false; // the plane sets Date from virtual time
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    res.setHeader(name, value);
  });
  res.end(Buffer.from(await response.arrayBuffer()));
}
