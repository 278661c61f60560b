import { type HttpHandler, http } from 'msw';
import { emulates } from './dispatch.js';
import type { ArmPlane } from './plane.js';

/** The public cloud's ARM endpoint, where SDK clients send requests by default. */
export const ARM_ENDPOINT = 'https://management.azure.com';

/**
 * msw handlers serving the plane on the ARM endpoint(s). Only what the emulator serves matches:
 * any other URL or method stays unhandled, so `setupServer(...)` with `onUnhandledRequest: 'error'`
 * fails the request instead of letting it reach the network.
 */
export function createArmMswHandlers(
  plane: ArmPlane,
  endpoints: readonly string[] = [ARM_ENDPOINT],
): HttpHandler[] {
  const origins = new Set(endpoints.map((e) => new URL(e).origin));
  return [
    http.all(
      ({ request }) => origins.has(new URL(request.url).origin) && emulates(request),
      ({ request }) => plane.handleArmRequest(request),
    ),
  ];
}
