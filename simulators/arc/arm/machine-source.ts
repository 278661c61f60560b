/** The Windows Server edition of an Arc machine, as scenarios name it. */
export type ArcWindowsEdition = 'standard' | 'datacenter' | 'datacenter-azure-edition';

/** The OS license status the agent reports (DOC: REST spec LicenseStatus enum). */
export type ArcLicenseStatus =
  | 'Unlicensed'
  | 'Licensed'
  | 'OOBGrace'
  | 'OOTGrace'
  | 'NonGenuineGrace'
  | 'Notification'
  | 'ExtendedGrace';

/**
 * What the control plane knows of one Arc-enabled machine at this instant, as the Connected
 * Machine agent reports it. The engine builds these from the simulated fleet; tests build them by hand.
 */
export interface ArcMachineFacts {
  /** The ARM resource name (the machine's name, DESIGN scenario `azure`). */
  readonly name: string;
  /** Defaults to the plane's resource group. */
  readonly resourceGroup?: string;
  /** The agent heartbeats now (DOMAIN 4: no heartbeat → Disconnected in Azure). */
  readonly connected: boolean;
  /** Virtual ms of the last heartbeat; when absent, the plane remembers the last time it saw `connected`. */
  readonly lastHeartbeat?: number;
  /**
   * When Azure's view of the agent will change by itself if nothing else happens (the timeout after
   * the last heartbeat, or the next heartbeat after an outage); the plane looks at the machine then.
   */
  readonly statusDueAt?: number;
  /** When Azure's view of the agent last changed, when the source knows it exactly. */
  readonly statusSince?: number;
  /** `windows` (DOC: osName as the agent reports it). */
  readonly osName: string;
  /** Full build, e.g. `10.0.26100.6899`. */
  readonly osVersion: string;
  /** Product name, e.g. `Windows Server 2025 Datacenter`. */
  readonly osSku: string;
  readonly edition: ArcWindowsEdition;
  /** VirtualizationBasedSecurityStatus is 2: enabling hotpatch checks it (DOMAIN 1). */
  readonly vbsRunning: boolean;
  /** The October 2025 licensing issue holds the machine (DOMAIN 6B): enrollment cannot finish. */
  readonly licensingBlocked: boolean;
  /** Physical cores, for billing (DOMAIN 3: priced per core). */
  readonly cores: number;
  /** The agent's unique id for the machine (DOC: properties.vmId). */
  readonly vmId: string;
  /** Connected Machine agent version, e.g. `1.58.03228.2572`. */
  readonly agentVersion: string;
  readonly licenseStatus: ArcLicenseStatus;
  /** Host name; defaults to the resource name. */
  readonly computerName?: string;
}

/**
 * Where the control plane reads the fleet. A leaf interface: the engine plugs the simulated
 * machines in (each call reads them as they are now); tests plug in plain objects.
 */
export interface ArcMachineSource {
  /** Every Arc-enabled machine (agent installed and onboarded), in a stable order. */
  machines(): readonly ArcMachineFacts[];
}

/** A source over a fixed or mutable array, for tests and the `serve` command's snapshots. */
export function staticMachineSource(machines: readonly ArcMachineFacts[]): ArcMachineSource {
  return { machines: () => machines };
}
