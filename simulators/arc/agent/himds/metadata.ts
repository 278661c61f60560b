import type { ConnectedMachineAgent } from '../agent.js';
import { resourceIdOf } from '../resource.js';

/** `AzurePublicCloud` and the like, from the `--cloud` name (INFER: IMDS's azEnvironment values). */
const ENVIRONMENTS: Readonly<Record<string, string>> = {
  AzureCloud: 'AzurePublicCloud',
  AzureUSGovernment: 'AzureUSGovernmentCloud',
  AzureChinaCloud: 'AzureChinaCloud',
};

/**
 * The instance metadata document (3P: a real `/metadata/instance?api-version=2020-06-01` answer on
 * an Arc-enabled server: these keys in this order, IMDS's VM-only fields empty, `network` empty).
 * `osType` is `windows` (INFER from `linux` there), `sku` the OS product, `version` the OS version.
 */
export function instanceMetadata(agent: ConnectedMachineAgent): {
  compute: Record<string, unknown>;
  network: object;
} {
  const r = agent.resource;
  const tags = Object.entries(r?.tags ?? {});
  return {
    compute: {
      azEnvironment: ENVIRONMENTS[r?.cloud ?? ''] ?? 'AzurePublicCloud',
      isHostCompatibilityLayerVm: '',
      location: r?.location ?? '',
      name: r?.name ?? '',
      offer: '',
      osType: 'windows',
      placementGroupId: '',
      plan: { name: '', product: '', publisher: '' },
      platformFaultDomain: '',
      platformUpdateDomain: '',
      provider: '',
      publicKeys: null,
      publisher: '',
      resourceGroupName: r?.resourceGroup ?? '',
      customData: '',
      resourceId: r ? resourceIdOf(r) : '',
      securityProfile: { secureBootEnabled: '', virtualTpmEnabled: '' },
      sku: agent.host.osSku,
      storageProfile: {},
      subscriptionId: r?.subscriptionId ?? '',
      // 3P: `tags` joins name:value pairs with `;`, `tagsList` lists them.
      tags: tags.map(([name, value]) => `${name}:${value}`).join(';'),
      tagsList: tags.map(([name, value]) => ({ name, value })),
      version: agent.host.osVersion(),
      vmId: agent.host.vmId,
      vmScaleSetName: '',
      vmSize: '',
      zone: '',
    },
    network: {},
  };
}
