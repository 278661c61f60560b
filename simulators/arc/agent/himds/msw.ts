import { type HttpHandler, HttpResponse, http } from 'msw';
import type { ConnectedMachineAgent } from '../agent.js';
import { servesHimds } from './endpoint.js';
import { createHimdsHandler } from './handler.js';

/**
 * msw handlers for one machine's HIMDS: `http://localhost:40342` (and `127.0.0.1`, `[::1]`) answer
 * as that machine's agent. Only the emulated paths match, so any other URL stays unhandled and
 * `onUnhandledRequest: 'error'` fails it. A refused connection becomes msw's network error, which
 * fetch reports as TypeError `Failed to fetch` (msw's wording, not undici's `fetch failed`).
 *
 * A script host routes each machine's scripts to its own agent by installing these handlers, with
 * `server.use(...)`, while that machine's script runs (msw serves the latest handlers first).
 */
export function himdsHandlersFor(agent: ConnectedMachineAgent): HttpHandler[] {
  const handle = createHimdsHandler(agent);
  return [
    http.all(
      ({ request }) => servesHimds(new URL(request.url)),
      async ({ request }) => {
        try {
          return await handle(request);
        } catch (error) {
          if (error instanceof TypeError) return HttpResponse.error();
          throw error;
        }
      },
    ),
  ];
}
