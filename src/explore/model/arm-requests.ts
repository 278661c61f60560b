import type { ArmRequest, ArmResponse } from '../../../simulators/arc/arm/index.js';
import type { ArmCall } from './arm-model.js';

/** The model machine's resource under the scenario's default `azure` block (DESIGN.md scenario format v1). */
const MACHINE =
  'https://management.azure.com/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/hotpatch-fleet/providers/Microsoft.HybridCompute/machines/m';
const VERSION = 'api-version=2025-01-13';

/**
 * A call as a client sends it (simulators/arc/arm/README.md): the stable api-version, a bearer
 * token (any well-formed one; `token: false` sends none), a JSON body naming the Hotpatch feature.
 */
export function armRequest(call: ArmCall): ArmRequest {
  const auth = { authorization: 'Bearer model-based-test' };
  if (call.kind === 'get-machine')
    return { method: 'GET', url: `${MACHINE}?${VERSION}&$expand=instanceView`, headers: auth };
  const url = `${MACHINE}/licenseProfiles/default?${VERSION}`;
  if (call.kind === 'delete-profile') return { method: 'DELETE', url, headers: auth };
  const subscriptionStatus = call.action === 'enable' ? 'Enabled' : 'Disabled';
  const productFeatures = [{ name: 'Hotpatch', subscriptionStatus }];
  return {
    method: 'PUT',
    url,
    headers: { ...(call.token ? auth : {}), 'content-type': 'application/json' },
    body: JSON.stringify({
      location: 'westeurope',
      properties: { productProfile: { productType: 'WindowsServer', productFeatures } },
    }),
  };
}

interface Feature {
  readonly name?: string;
  readonly subscriptionStatus?: string;
}
interface Body {
  readonly error?: { readonly code?: string };
  readonly properties?: {
    readonly status?: string;
    readonly osProfile?: {
      readonly windowsConfiguration?: {
        readonly patchSettings?: { readonly status?: { readonly hotpatchEnablementStatus?: string } };
      };
    };
    readonly licenseProfile?: { readonly productProfile?: { readonly productFeatures?: Feature[] } };
    readonly productProfile?: { readonly productFeatures?: Feature[] };
  };
}

/** What an answer shows, in the model's terms: status, error code, and the machine or profile it returned. */
export function readAnswer(response: ArmResponse) {
  const body = (response.body ? JSON.parse(response.body) : {}) as Body;
  const p = body.properties;
  const hotpatch = (features?: Feature[]) => features?.find((f) => f.name === 'Hotpatch')?.subscriptionStatus;
  return {
    status: response.status,
    code: body.error?.code,
    asyncHeaders: 'azure-asyncoperation' in response.headers && 'location' in response.headers,
    machine: {
      status: p?.status,
      hotpatchEnablementStatus:
        p?.osProfile?.windowsConfiguration?.patchSettings?.status?.hotpatchEnablementStatus,
      subscriptionStatus: hotpatch(p?.licenseProfile?.productProfile?.productFeatures),
    },
    profileStatus: hotpatch(p?.productProfile?.productFeatures),
  };
}
