import { isoTime } from '../../shared/clock.js';
import type { ApiShape } from './api-versions.js';
import type { ArcWindowsEdition } from './machine-source.js';
import type { ProfileResource } from './profile-resource.js';

/** The machine's hotpatch status (DOC: HotpatchEnablementStatus enum). */
export type HotpatchEnablementStatus =
  | 'Unknown'
  | 'PendingEvaluation'
  | 'Disabled'
  | 'ActionRequired'
  | 'Enabled';

/**
 * `patchSettings.status.hotpatchEnablementStatus` derived from the license profile (INFER:
 * PendingEvaluation while a change is applied, ActionRequired when enrollment failed). Azure
 * Edition has hotpatch on by default (DOC), so it reads Enabled without a profile (INFER).
 */
export function hotpatchEnablementStatus(
  edition: ArcWindowsEdition,
  profile: ProfileResource | undefined,
): HotpatchEnablementStatus {
  if (edition === 'datacenter-azure-edition') return 'Enabled';
  switch (profile?.hotpatch.state.status ?? 'Disabled') {
    case 'Enabling':
    case 'Disabling':
      return 'PendingEvaluation';
    case 'Enabled':
      return 'Enabled';
    case 'Failed':
      return 'ActionRequired';
    case 'Unknown':
      return 'Unknown';
    default:
      return 'Disabled';
  }
}

/** The product profile with its Hotpatch feature (DOC: LicenseProfileArmProductProfileProperties). */
export function productProfileView(profile: ProfileResource) {
  const { status, enrollmentDate, billingStartDate, disenrollmentDate, billingEndDate, error } =
    profile.hotpatch.state;
  const date = (key: string, ms: number | undefined) => (ms === undefined ? {} : { [key]: isoTime(ms) });
  const feature = {
    name: 'Hotpatch',
    subscriptionStatus: status,
    ...date('enrollmentDate', enrollmentDate),
    ...date('billingStartDate', billingStartDate),
    ...date('disenrollmentDate', disenrollmentDate),
    ...date('billingEndDate', billingEndDate),
    ...(error && { error }),
  };
  return {
    ...(profile.productStatus && { subscriptionStatus: profile.productStatus }),
    ...(profile.productType && { productType: profile.productType }),
    productFeatures: profile.hotpatchListed ? [feature] : [],
  };
}

/** The ESU part: Windows Server 2025 is not an ESU product (INFER: Ineligible, no keys). */
function esuView(profile: ProfileResource, edition: ArcWindowsEdition) {
  return {
    ...(profile.assignedLicense !== undefined && { assignedLicense: profile.assignedLicense }),
    serverType: edition === 'standard' ? 'Standard' : 'Datacenter',
    esuEligibility: 'Ineligible',
    esuKeyState: 'Inactive',
    esuKeys: [],
  };
}

/** The `licenseProfiles/default` resource as a GET answers it. */
export function profileView(
  profile: ProfileResource,
  machineId: string,
  edition: ArcWindowsEdition,
  shape: ApiShape,
) {
  return {
    // DOC: every spec example spells the parent `Machines` in a license profile's id.
    id: `${machineId.replace('/machines/', '/Machines/')}/licenseProfiles/default`,
    name: 'default',
    type: 'Microsoft.HybridCompute/machines/licenseProfiles',
    location: profile.location,
    ...(profile.tags && { tags: profile.tags }),
    properties: {
      provisioningState: profile.provisioningState,
      ...(profile.softwareAssuranceCustomer !== undefined && {
        softwareAssurance: { softwareAssuranceCustomer: profile.softwareAssuranceCustomer },
      }),
      esuProfile: esuView(profile, edition),
      ...(shape.productProfile && { productProfile: productProfileView(profile) }),
    },
  };
}
