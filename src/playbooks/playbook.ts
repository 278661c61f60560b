import type { HotpatchLicense } from '../../simulators/arc/index.js';
import type { Machine } from '../../simulators/machine/index.js';
import type { RegistryProvider } from '../../simulators/registry/index.js';

/** What a playbook can do on its machine: what an operator with an elevated shell and the portal can. */
export interface PlaybookContext {
  readonly machine: Machine;
  /** The registry as PowerShell's cmdlets see it. */
  readonly registry: RegistryProvider;
  now(): number;
  /** A line of the runbook's output. */
  log(line: string): void;
  /** Restart-Computer; false when the restart failed. */
  restart(): boolean;
  /** The portal's Hotpatch → Confirm / turn off. */
  requestHotpatch(action: 'enable' | 'disable'): void;
  /** The license profile's Hotpatch feature as the portal shows it. */
  hotpatch(): HotpatchLicense;
  /** Whether the Arc agent is connected. */
  arcConnected(): boolean;
}

/** A pause: the playbook resumes after this much virtual time. */
export interface PlaybookWait {
  readonly waitMs: number;
}

/** How a playbook ended, as a runbook reports it. */
export interface PlaybookOutcome {
  readonly status: 'succeeded' | 'failed' | 'stopped';
  readonly summary: string;
}

/** A reference playbook: documented automation written against the machine's API. */
export interface Playbook {
  readonly name: string;
  readonly description: string;
  run(ctx: PlaybookContext): Generator<PlaybookWait, PlaybookOutcome, void>;
}
