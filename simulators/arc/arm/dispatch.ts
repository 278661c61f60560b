import { apiShape, isWellFormedApiVersion, SUPPORTED_API_VERSIONS } from './api-versions.js';
import { type ArmRequest, type ArmResponse, normalizeRequest } from './arm-message.js';
import { checkAuthorization } from './auth.js';
import type { ArmContext, ArmRoute } from './context.js';
import { armErrors } from './error-factory.js';
import { ArmError } from './errors.js';
import type { ArmPlane } from './plane.js';
import { ARM_ROUTES } from './routes.js';

/**
 * True when the emulator serves this method and path (msw asks, so that anything else stays
 * unhandled and fails the test that called it).
 */
export function emulates(request: { readonly method: string; readonly url: string }): boolean {
  return ARM_ROUTES.match(request.method, new URL(request.url).pathname) !== undefined;
}

/**
 * One request through ARM's checks in the order the front door makes them (INFER): the route, the
 * bearer token, the subscription, the api-version for the resource type, the resource group; then
 * the handler. Every response carries `x-ms-request-id` and `x-ms-correlation-request-id` (DOC: ARM RPC).
 * Synchronous: every transport reads the body first and calls this with plain records.
 */
export function dispatch(plane: ArmPlane, raw: ArmRequest, requestId: string): ArmResponse {
  const request = normalizeRequest(raw);
  const url = new URL(request.url);
  const correlation = request.headers['x-ms-correlation-request-id'] ?? requestId;
  // The Date header carries virtual time: nothing in the emulated world reads the host's clock.
  const date = new Date(plane.clock.now()).toUTCString();
  const headers = { date, 'x-ms-request-id': requestId, 'x-ms-correlation-request-id': correlation };
  const match = ARM_ROUTES.match(request.method, url.pathname);
  if (!match) return armErrors.notEmulated(request.method, url.pathname).toArmResponse(headers);
  const now = plane.clock.now();
  // A request about one machine brings that machine to now; the others wait for their own turn.
  const machine = match.params.machineName;
  if (machine === undefined) plane.state.advance(now);
  else plane.state.advanceMachine(now, machine);
  try {
    const context = checkRequest(plane, request, url, match.value, match.params, now);
    const response = match.value.handle(context);
    return { ...response, headers: { ...response.headers, ...headers } };
  } catch (error) {
    if (error instanceof ArmError) return error.toArmResponse(headers);
    throw error;
  }
}

function checkRequest(
  plane: ArmPlane,
  request: ArmRequest,
  url: URL,
  route: ArmRoute,
  params: Readonly<Record<string, string>>,
  now: number,
): ArmContext {
  checkAuthorization(request.headers.authorization);
  const subscription = params.subscriptionId ?? '';
  if (subscription.toLowerCase() !== plane.subscriptionId.toLowerCase()) {
    throw armErrors.subscriptionNotFound(subscription);
  }
  // INFER: ASP.NET binds a repeated query key as the values joined by commas.
  const versions = [...new Set(url.searchParams.getAll('api-version'))].filter((v) => v !== '');
  if (versions.length === 0) throw armErrors.missingApiVersion();
  const apiVersion = versions.join(',');
  if (!isWellFormedApiVersion(apiVersion)) throw armErrors.invalidApiVersion(apiVersion, route.type);
  const supported = SUPPORTED_API_VERSIONS[route.type].some(
    (v) => v.toLowerCase() === apiVersion.toLowerCase(),
  );
  if (!supported) {
    throw armErrors.noRegisteredProvider(apiVersion, route.type, plane.location, plane.supportedLocations);
  }
  let resourceGroup = '';
  if (route.scope === 'resourceGroup') {
    const asked = params.resourceGroupName ?? '';
    resourceGroup = plane.group(asked) ?? '';
    if (!resourceGroup) throw armErrors.resourceGroupNotFound(asked);
  }
  return { plane, request, url, params, apiVersion, shape: apiShape(apiVersion), now, resourceGroup };
}
