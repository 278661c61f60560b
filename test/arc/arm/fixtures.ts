import { HybridComputeManagementClient } from '@azure/arm-hybridcompute';
import type { AccessToken, TokenCredential } from '@azure/core-auth';
import { createHttpHeaders, createPipelineRequest, type HttpMethods } from '@azure/core-rest-pipeline';
import { type ArcMachineFacts, ArmPlane, staticMachineSource } from '../../../simulators/arc/arm/index.js';
import type { HotpatchLicense } from '../../../simulators/arc/index.js';
import { ManualClock } from '../../../simulators/shared/clock.js';

export const SUB = '00000000-0000-0000-0000-000000000000';
export const RG = 'hotpatch-fleet';
export const LOCATION = 'westeurope';
export const STABLE = '2025-01-13';
export const MINUTE = 60_000;
export const T0 = Date.UTC(2025, 9, 20, 9, 0);
/** A syntactically valid bearer token; the emulator verifies no signature. */
export const TOKEN = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0ZXN0In0.sig';
export const ARM = 'https://management.azure.com';

/** A connected Windows Server 2025 Datacenter on the October LCU with VBS running. */
export function machine(name: string, overrides: Partial<ArcMachineFacts> = {}): ArcMachineFacts {
  return {
    name,
    connected: true,
    osName: 'windows',
    osVersion: '10.0.26100.6899',
    osSku: 'Windows Server 2025 Datacenter',
    edition: 'datacenter',
    vbsRunning: true,
    licensingBlocked: false,
    cores: 8,
    vmId: `00000000-0000-4000-8000-${name.padStart(12, '0').slice(-12)}`,
    agentVersion: '1.58.03228.2573',
    licenseStatus: 'Licensed',
    ...overrides,
  };
}

/** A plane over a mutable fleet on a manual clock at T0. */
export function world(
  machines: ArcMachineFacts[] = [machine('web-01')],
  extra: { pageSize?: number; profiles?: Record<string, HotpatchLicense>; resourceGroups?: string[] } = {},
) {
  const clock = new ManualClock(T0);
  const fleet = [...machines];
  const plane = new ArmPlane({
    clock,
    source: staticMachineSource(fleet),
    subscriptionId: SUB,
    resourceGroup: RG,
    location: LOCATION,
    ...extra,
  });
  /** Replaces a machine's facts (the fleet changed). */
  const update = (name: string, change: Partial<ArcMachineFacts>) => {
    const i = fleet.findIndex((m) => m.name === name);
    fleet[i] = { ...(fleet[i] as ArcMachineFacts), ...change };
  };
  return { plane, clock, fleet, update };
}

/** A credential that hands out a dummy token, as tests of ARM clients do. */
export const fakeCredential: TokenCredential = {
  getToken: async (): Promise<AccessToken> => ({ token: TOKEN, expiresOnTimestamp: Date.UTC(2100, 0, 1) }),
};

/** The real SDK client (3.0.0 sends api-version 2021-05-20, a constant). */
export const sdkClient = () => new HybridComputeManagementClient(fakeCredential, SUB);

/** The license profile URL of a machine on the public endpoint. */
export const profileUrl = (name: string, version = STABLE, base = ARM) =>
  `${base}/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.HybridCompute/machines/${name}/licenseProfiles/default?api-version=${version}`;

/** Sends one request through the SDK client's own pipeline (bearer token, retries, user agent). */
export async function send(
  client: HybridComputeManagementClient,
  method: HttpMethods,
  url: string,
  body?: unknown,
) {
  const request = createPipelineRequest({
    url,
    method,
    headers: createHttpHeaders({ 'content-type': 'application/json' }),
  });
  if (body !== undefined) request.body = JSON.stringify(body);
  const response = await client.sendRequest(request);
  const text = response.bodyAsText ?? '';
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
}

/** Any JSON a test reads back, to assert on freely. */
// biome-ignore lint/suspicious/noExplicitAny: tests assert on the shape of arbitrary response JSON
export type Json = any;

/** A response body as JSON. */
export const readJson = async (response: Response): Promise<Json> => response.json();

/** The body of the portal's Hotpatch → Confirm (a PUT naming the Hotpatch feature). */
export const enableBody = (status = 'Enabled') => ({
  location: LOCATION,
  properties: {
    productProfile: {
      productType: 'WindowsServer',
      productFeatures: [{ name: 'Hotpatch', subscriptionStatus: status }],
    },
  },
});
