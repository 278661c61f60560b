/** The part of a machine's disk the agent writes to (a `MachineDisk` is one). */
export interface AgentDisk {
  exists(path: string): boolean;
  readText(path: string): string;
  writeFile(path: string, data: string): void;
  /** `time` back-dates the append: `data` was written from `time.from` (default `time.at`) to `time.at`. */
  appendFile(path: string, data: string, time?: { readonly at: number; readonly from?: number }): void;
  remove(path: string): void;
  /** Runs `hook` before any later read or write of the disk (how buffered log lines get flushed). */
  beforeAccess(hook: () => void): void;
}

/** A service's run state as the agent sees it; undefined when the service is not installed. */
export type HostServiceStatus = 'Running' | 'Stopped' | undefined;

/**
 * What the Connected Machine agent needs from the machine it runs on. A leaf interface, so the
 * agent can be tested on a stand-in; `agentHostFor(machine)` adapts a simulated `Machine`.
 */
export interface AgentHost {
  /** The host name: the default resource name (DOC: azcmagent connect `--resource-name`). */
  readonly name: string;
  /** The per-device identifier the agent reports as VM ID (DESIGN: vmId is the machine's id). */
  readonly vmId: string;
  /** The SMBIOS UUID (`VM UUID` in azcmagent show). */
  readonly vmUuid: string;
  readonly manufacturer: string;
  readonly model: string;
  /** The OS product name, e.g. `Windows Server 2025 Datacenter`. */
  readonly osSku: string;
  readonly disk: AgentDisk;
  /** The OS version now, e.g. `10.0.26100.6899` (it moves with updates). */
  osVersion(): string;
  /** When the machine last booted, in virtual ms. */
  bootedAt(): number;
  /**
   * How many times the machine has booted since it was built, when the host counts them: two
   * restarts at one virtual instant are two boots though the time does not move.
   */
  boots?(): number;
  /** A Windows service's run state, by name (case-insensitive, as the SCM's). */
  serviceStatus(name: string): HostServiceStatus;
}
