import type { RestartRecord } from '../../simulators/machine/index.js';
import type { InstalledUpdate } from '../../simulators/machine/updates.js';
import type { KnownIssueRule, ReleaseCatalog } from '../../simulators/windows-update/index.js';
import type { ReportEvent } from '../report/types.js';
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
  /**
   * By an event's identity ({@link eventKey}): the steps that logged events so, in the order they
   * were logged. The report orders same-instant events by fleet place, not by when they were logged.
   */
  readonly eventSteps: ReadonlyMap<string, readonly number[]>;
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

/** What tells a logged event apart: its time, machine, type and detail. */
export const eventKey = (e: ReportEvent): string => [e.at, e.machine, e.type, e.detail].join('\u0000');

/**
 * The step that logged each of the report's events, by index; the last step for events added after
 * the run (failed expectations). Identical events keep their relative order in the report (a stable
 * sort), so the n-th of them in the report is the n-th logged.
 */
export function stepsOfEvents(facts: RunFacts, events: readonly ReportEvent[]): number[] {
  const seen = new Map<string, number>();
  return events.map((e) => {
    const key = eventKey(e);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return facts.eventSteps.get(key)?.[n] ?? facts.steps.length - 1;
  });
}

/** Consecutive snapshot pairs of a machine's timeline: each change with what came before it. */
export function transitions(machine: MachineFacts): Array<[MachineSnapshot, MachineSnapshot]> {
  return machine.timeline.slice(1).map((s, i) => [machine.timeline[i] as MachineSnapshot, s]);
}
