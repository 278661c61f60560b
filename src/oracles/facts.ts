import type { RestartRecord } from '../../simulators/machine/index.js';
import type { InstalledUpdate } from '../../simulators/machine/updates.js';
import type { KnownIssueRule, ReleaseCatalog } from '../../simulators/windows-update/index.js';
import type { Knobs } from '../scenario/knobs.js';
import type { MachineSnapshot } from './snapshot.js';

/** What the run showed its observer about one machine. */
export interface MachineFacts {
  readonly name: string;
  readonly template: string;
  readonly edition: string;
  readonly azureEdition: boolean;
  /** The hardware can run VBS at all (UEFI, Secure Boot, virtualization support). */
  readonly canRunVbs: boolean;
  readonly arcAgent: boolean;
  /** Snapshots at the start and after every step that changed the machine, in time order. */
  readonly timeline: readonly MachineSnapshot[];
  /**
   * By month: the machine just before its Patch Tuesday was decided, after the restart a pending
   * update got first (still staged: that restart failed, and nothing was decided).
   */
  readonly patchTuesdays: ReadonlyMap<string, MachineSnapshot>;
  /** Every restart, with the updates it applied. */
  readonly restarts: readonly RestartRecord[];
  /** Every update that took effect, with when it was installed and when it took effect. */
  readonly installed: readonly InstalledUpdate[];
  /** The update the machine started on. */
  readonly startKb: string;
}

/**
 * The oracles' context: facts of a run the report does not carry (the third argument of every
 * oracle's check), gathered through the engine's observer hook.
 */
export interface RunFacts {
  readonly catalog: ReleaseCatalog;
  readonly rules: readonly KnownIssueRule[];
  readonly knobs: Knobs;
  readonly mode: 'automatic' | 'manual';
  /** Per step (0 = the start): when it ran and how many report events were logged by its end. */
  readonly steps: readonly { readonly at: number; readonly events: number }[];
  readonly machines: ReadonlyMap<string, MachineFacts>;
}

/** The machine's state after a step: its latest snapshot taken at or before it. */
export function stateAfter(machine: MachineFacts, step: number): MachineSnapshot | undefined {
  let found: MachineSnapshot | undefined;
  for (const s of machine.timeline) {
    if (s.step > step) break;
    found = s;
  }
  return found;
}

/** The step that logged the report event at `index`; the last step for events logged after it. */
export function stepOfEvent(facts: RunFacts, index: number): number {
  const step = facts.steps.findIndex((s) => s.events > index);
  return step < 0 ? facts.steps.length - 1 : step;
}

/** Consecutive snapshot pairs of a machine's timeline: each change with what came before it. */
export function transitions(machine: MachineFacts): Array<[MachineSnapshot, MachineSnapshot]> {
  return machine.timeline.slice(1).map((s, i) => [machine.timeline[i] as MachineSnapshot, s]);
}
