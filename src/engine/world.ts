import type { ArmPlane } from '../../simulators/arc/arm/index.js';
import type { Machine } from '../../simulators/machine/index.js';
import type { ManualClock } from '../../simulators/shared/clock.js';
import type { KnownIssueRule, ReleaseCatalog } from '../../simulators/windows-update/index.js';
import type { Knobs } from '../scenario/knobs.js';
import type { EventQueue } from './event-queue.js';
import type { FleetMachine } from './fleet-machine.js';
import type { Ledger } from './ledger.js';

/** Something the run does at an instant. */
export type WorldTask = () => void;

/** Everything a run holds: clock, queue, catalog and rules, knobs, the fleet, the ledger, Azure. */
export interface World {
  readonly clock: ManualClock;
  readonly queue: EventQueue<WorldTask>;
  readonly catalog: ReleaseCatalog;
  readonly rules: readonly KnownIssueRule[];
  readonly knobs: Knobs;
  readonly ledger: Ledger;
  /** By machine name, in fleet order. */
  readonly fleet: ReadonlyMap<string, FleetMachine>;
  readonly mode: 'automatic' | 'manual';
  /** The scenario's emulated Azure Resource Manager: it holds the license profiles. */
  readonly plane: ArmPlane;
  /** The instants a plane tick is already queued for (see plane-sync.ts). */
  readonly planeWakes: Set<number>;
}

/**
 * The queue priorities: scenario events run before the world's own at the same instant, and the
 * control plane's own changes after both (a machine's Patch Tuesday and its enrollment falling due
 * at one instant come in this order whoever else shares the instant).
 */
export const PRIORITY = { scenario: 0, world: 1, plane: 2 } as const;

/** Schedules a task `ms` after now. */
export function after(world: World, ms: number, task: WorldTask): void {
  world.queue.push(world.clock.now() + ms, task, PRIORITY.world);
}

/** The KB a machine runs; the release image counts as RTM. */
export const runningKb = (machine: Machine): string => machine.os.kb ?? 'RTM';

/** The KB a machine will run once its pending restart is done: the last staged update, else the running one. */
export const kbAfterRestart = (machine: Machine): string => machine.staged.at(-1)?.kb ?? runningKb(machine);
