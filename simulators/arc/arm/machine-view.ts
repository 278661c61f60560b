import { isoTime } from '../../shared/clock.js';
import { stableGuid } from '../../shared/stable-id.js';
import type { ApiShape } from './api-versions.js';
import type { ArcMachineFacts } from './machine-source.js';
import type { ProfileResource } from './profile-resource.js';
import { hotpatchEnablementStatus, productProfileView } from './profile-view.js';

/** The agent status ARM shows (DOC: StatusTypes; AwaitingConnection and Error are never produced). */
export type MachineStatus = 'Connected' | 'Disconnected' | 'Error' | 'AwaitingConnection';

/** Everything a machine resource is drawn from. */
export interface MachineViewInput {
  readonly facts: ArcMachineFacts;
  readonly id: string;
  readonly location: string;
  readonly status: MachineStatus;
  readonly lastStatusChange: number;
  readonly profile: ProfileResource | undefined;
  readonly shape: ApiShape;
  /** `$expand=instanceView`: adds the license profile instance view (INFER from the spec example). */
  readonly instanceView: boolean;
}

/** `properties.osProfile` for the version (2021-05-20 has only computerName, DOC). */
function osProfile({ facts, profile, shape }: MachineViewInput) {
  const computerName = facts.computerName ?? facts.name;
  if (!shape.patchSettings) return { computerName };
  const state = profile?.hotpatch.state;
  const hotpatch = shape.hotpatch && {
    // INFER: the enrollment intent the license profile holds.
    enableHotpatching:
      facts.edition === 'datacenter-azure-edition' ||
      ['Enabling', 'Enabled', 'Failed'].includes(state?.status ?? ''),
    status: {
      hotpatchEnablementStatus: hotpatchEnablementStatus(facts.edition, profile),
      ...(state?.status === 'Failed' && state.error && { error: state.error }),
    },
  };
  // ASSUME: the patch modes of an Arc machine nobody configured for Update Manager.
  const patchSettings = { assessmentMode: 'ImageDefault', patchMode: 'AutomaticByOS', ...hotpatch };
  return { computerName, windowsConfiguration: { patchSettings } };
}

/** `properties.licenseProfile`, the license instance view (DOC: LicenseProfileMachineInstanceView). */
function licenseInstanceView({ facts, profile, shape }: MachineViewInput) {
  return {
    licenseStatus: facts.licenseStatus,
    ...(profile?.softwareAssuranceCustomer !== undefined && {
      softwareAssurance: { softwareAssuranceCustomer: profile.softwareAssuranceCustomer },
    }),
    esuProfile: {
      esuEligibility: 'Ineligible',
      esuKeyState: 'Inactive',
      licenseAssignmentState: 'NotAssigned',
    },
    ...(shape.productProfile && profile && { productProfile: productProfileView(profile) }),
  };
}

/** The machine resource as a GET or a list answers it, shaped for the api-version. */
export function machineView(input: MachineViewInput) {
  const { facts, id, location, status, lastStatusChange, shape } = input;
  return {
    id,
    name: facts.name,
    location,
    // ASSUME: onboarded with a system-assigned identity, as azcmagent connect does by default.
    identity: {
      type: 'SystemAssigned',
      principalId: stableGuid(`${id}#principal`),
      tenantId: stableGuid('tenant'),
    },
    type: 'Microsoft.HybridCompute/machines',
    properties: {
      provisioningState: 'Succeeded',
      agentVersion: facts.agentVersion,
      status,
      lastStatusChange: isoTime(lastStatusChange),
      errorDetails: [],
      displayName: facts.computerName ?? facts.name,
      machineFqdn: facts.computerName ?? facts.name,
      osName: facts.osName,
      osVersion: facts.osVersion,
      osType: 'windows',
      osSku: facts.osSku,
      vmId: facts.vmId,
      osProfile: osProfile(input),
      ...(shape.licenseProfile && input.instanceView && { licenseProfile: licenseInstanceView(input) }),
      // 3P: Resource Graph queries read coreCount from here (string values, DOC: DetectedProperties).
      detectedProperties: {
        cloudprovider: 'N/A',
        coreCount: String(facts.cores),
        logicalCoreCount: String(facts.cores),
      },
    },
  };
}
