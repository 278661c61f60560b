import type { Clock } from '../../shared/clock.js';
import type { HotpatchLicense } from '../license-profile.js';
import type { ArcMachineSource } from './machine-source.js';

/** How an emulated control plane is set up; the engine fills it from the scenario's `azure` block. */
export interface ArmPlaneOptions {
  /** Virtual time; every request and tick reads it. */
  readonly clock: Clock;
  /** The fleet as the agents report it. */
  readonly source: ArcMachineSource;
  /** DESIGN default `00000000-0000-0000-0000-000000000000`. */
  readonly subscriptionId: string;
  /** The fleet's resource group (DESIGN default `hotpatch-fleet`); machines may name others. */
  readonly resourceGroup: string;
  /** Further resource groups that exist, even empty. */
  readonly resourceGroups?: readonly string[];
  /** The region of the machines and their license profiles (DESIGN default `westeurope`). */
  readonly location: string;
  /**
   * Regions the RP lists in NoRegisteredProviderFound. ASSUME: the real registered list is not
   * published in one place; the default is a plausible subset plus {@link location}.
   */
  readonly supportedLocations?: readonly string[];
  /** Machines per list page. ASSUME: the RP's page size is not published; default 100. */
  readonly pageSize?: number;
  /** `Retry-After` seconds on long-running operations. ASSUME: default 15. */
  readonly retryAfterSeconds?: number;
  /** License profiles that exist at the start (a machine enrolled before the scenario). */
  readonly profiles?: Readonly<Record<string, HotpatchLicense>>;
}

/** ASSUME: regions offered for Arc-enabled servers, as a default list. */
export const DEFAULT_SUPPORTED_LOCATIONS = [
  'eastus',
  'eastus2',
  'westus2',
  'westus3',
  'centralus',
  'southcentralus',
  'canadacentral',
  'northeurope',
  'westeurope',
  'francecentral',
  'germanywestcentral',
  'swedencentral',
  'switzerlandnorth',
  'uksouth',
  'japaneast',
  'southeastasia',
  'australiaeast',
  'centralindia',
] as const;

/** ASSUME defaults, named for reports. */
export const DEFAULT_PAGE_SIZE = 100;
export const DEFAULT_RETRY_AFTER_SECONDS = 15;
