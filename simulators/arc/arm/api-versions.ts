/**
 * The api-versions of Microsoft.HybridCompute that the emulated control plane accepts, per resource
 * type, and which parts of the resources each version carries.
 */

/** The resource types the emulator serves, named as ARM names them in its errors. */
export type ArmResourceType = 'machines' | 'machines/licenseProfiles' | 'locations/operationStatus';

// DOC: Learn "Microsoft.HybridCompute resource types" (allversions) and the machines template
// reference. 2021-05-20 is the one the @azure/arm-hybridcompute 3.0.0 client sends for every
// operation (DOC: its parameters.ts, a constant).
const MACHINE_VERSIONS = [
  '2019-03-18-preview',
  '2019-08-02-preview',
  '2019-12-12',
  '2020-07-30-preview',
  '2020-08-02',
  '2020-08-15-preview',
  '2021-01-28-preview',
  '2021-03-25-preview',
  '2021-04-22-preview',
  '2021-05-17-preview',
  '2021-05-20',
  '2021-06-10-preview',
  '2021-12-10-preview',
  '2022-03-10',
  '2022-05-10-preview',
  '2022-08-11-preview',
  '2022-11-10',
  '2022-12-27-preview',
  '2022-12-27',
  '2023-03-15-preview',
] as const;

// DOC: Learn template reference for machines/licenseProfiles (the type exists from 2023-06-20-preview).
const LICENSE_PROFILE_VERSIONS = [
  '2023-06-20-preview',
  '2023-10-03-preview',
  '2024-03-31-preview',
  '2024-05-20-preview',
  '2024-07-10',
  '2024-07-31-preview',
  '2024-09-10-preview',
  '2024-11-10-preview',
  '2025-01-13',
  '2025-02-19-preview',
  '2025-06-01',
  '2025-08-21-preview',
  '2025-09-16-preview',
  '2026-02-12-preview',
  '2026-06-04-preview',
  '2026-06-16-preview',
  '2026-07-15',
  '2026-09-01',
] as const;

/** The stable version DOMAIN 3 names. */
export const STABLE_API_VERSION = '2025-01-13';

/** Every api-version a resource type accepts, oldest first (ARM lists them so in its errors). */
export const SUPPORTED_API_VERSIONS: Readonly<Record<ArmResourceType, readonly string[]>> = {
  machines: [...MACHINE_VERSIONS, ...LICENSE_PROFILE_VERSIONS],
  'machines/licenseProfiles': LICENSE_PROFILE_VERSIONS,
  // ASSUME: the operation-status type takes what the license profiles take (it serves their LROs).
  'locations/operationStatus': LICENSE_PROFILE_VERSIONS,
};

/** What a version's resources carry; gates by the first version that has each part. */
export interface ApiShape {
  /** `osProfile.windowsConfiguration.patchSettings` (INFER: from 2022-03-10; 2021-05-20 has only computerName, DOC). */
  readonly patchSettings: boolean;
  /** `properties.licenseProfile` on the machine, ESU part (DOC: with the licenseProfiles type, 2023-06-20-preview). */
  readonly licenseProfile: boolean;
  /** `productProfile` on license profiles and on the machine (DOC: spec examples from 2024-03-31-preview). */
  readonly productProfile: boolean;
  /** `patchSettings.enableHotpatching` and `.status` (DOC: Learn change log, 2024-05-20-preview). */
  readonly hotpatch: boolean;
}

const since = (version: string, first: string): boolean => version.slice(0, 10) >= first;

/** The shape of the resources for an accepted api-version. */
export function apiShape(version: string): ApiShape {
  return {
    patchSettings: since(version, '2022-03-10'),
    licenseProfile: since(version, '2023-06-20'),
    productProfile: since(version, '2024-03-31'),
    hotpatch: since(version, '2024-05-20'),
  };
}

/** True when the text looks like an api-version at all (a date, maybe with a suffix). */
export const isWellFormedApiVersion = (text: string): boolean => /^\d{4}-\d{2}-\d{2}(-[a-z]+)?$/i.test(text);
