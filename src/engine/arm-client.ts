import { type ArmResponse, STABLE_API_VERSION } from '../../simulators/arc/arm/index.js';
import type { HotpatchLicense } from '../../simulators/arc/index.js';
import type { World } from './world.js';

/** Where the engine's requests go: the public endpoint's origin (nothing leaves the process). */
const ARM = 'https://management.azure.com';
/** Any well-formed bearer token passes the emulator (it checks no signature). */
const TOKEN = 'hotpatch-harness.engine';

/** The path of a machine's license profile, `…/machines/{m}/licenseProfiles/default` (DOMAIN 3). */
export const licenseProfilePath = (world: World, machine: string): string =>
  `${machinePath(world, machine)}/licenseProfiles/default`;

const machinePath = (world: World, machine: string): string =>
  `/subscriptions/${world.plane.subscriptionId}/resourceGroups/${world.plane.resourceGroup}/providers/Microsoft.HybridCompute/machines/${machine}`;

/** One request about a fleet machine to the emulated ARM, in-process and synchronous, api-version 2025-01-13. */
export function armRequest(world: World, method: string, path: string, body?: unknown): ArmResponse {
  return world.plane.handle({
    method,
    url: `${ARM}${path}?api-version=${STABLE_API_VERSION}`,
    headers: {
      authorization: `Bearer ${TOKEN}`,
      ...(body !== undefined && { 'content-type': 'application/json' }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

/**
 * The portal's Hotpatch → Confirm (or turning it off): a PUT of the license profile naming the
 * Hotpatch feature (DOC: the REST spec body; ASSUME: the portal disables with the same PUT and
 * status Disabled rather than a PATCH).
 */
export function putHotpatch(world: World, machine: string, action: 'enable' | 'disable'): ArmResponse {
  const subscriptionStatus = action === 'enable' ? 'Enabled' : 'Disabled';
  return armRequest(world, 'PUT', licenseProfilePath(world, machine), {
    location: world.plane.location,
    properties: {
      productProfile: {
        productType: 'WindowsServer',
        productFeatures: [{ name: 'Hotpatch', subscriptionStatus }],
      },
    },
  });
}

/** The Hotpatch feature as a GET of the license profile shows it; no profile is not enrolled. */
export function getHotpatch(world: World, machine: string): HotpatchLicense {
  const response = armRequest(world, 'GET', licenseProfilePath(world, machine));
  if (response.status !== 200) return { status: 'Disabled' };
  const feature = parse(response)?.properties?.productProfile?.productFeatures?.find(
    (f) => f.name?.toLowerCase() === 'hotpatch',
  );
  if (!feature?.subscriptionStatus) return { status: 'Disabled' };
  return { status: feature.subscriptionStatus, ...(feature.error && { error: feature.error }) };
}

/** The machine's agent status as ARM shows it (`properties.status`); false when it is not in Azure. */
export function armConnected(world: World, machine: string): boolean {
  const response = armRequest(world, 'GET', machinePath(world, machine));
  return response.status === 200 && parse(response)?.properties?.status === 'Connected';
}

// RFC 9110 reason phrases of the statuses the emulated ARM answers.
const REASONS: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  409: 'Conflict',
  500: 'Internal Server Error',
  501: 'Not Implemented',
};

/** The reason phrase of an HTTP status (`201` → `Created`); empty for one ARM does not answer here. */
export const reasonPhrase = (status: number): string => REASONS[status] ?? '';

/** ARM's error of a failed response (`{ error: { code, message } }`), if it has one. */
export function armErrorOf(response: ArmResponse): { code: string; message: string } | undefined {
  const error = response.status >= 400 ? parse(response)?.error : undefined;
  return error?.code && error.message ? { code: error.code, message: error.message } : undefined;
}

/** The parts of ARM's JSON the engine reads. */
interface ArmJson {
  readonly error?: { readonly code?: string; readonly message?: string };
  readonly properties?: {
    readonly status?: string;
    readonly productProfile?: {
      readonly productFeatures?: ReadonlyArray<{
        readonly name?: string;
        readonly subscriptionStatus?: HotpatchLicense['status'];
        readonly error?: { readonly code: string; readonly message: string };
      }>;
    };
  };
}

function parse(response: ArmResponse): ArmJson | undefined {
  try {
    return response.body ? (JSON.parse(response.body) as ArmJson) : undefined;
  } catch {
    return undefined;
  }
}
