import type { ArmStateChange } from '../../simulators/arc/arm/index.js';
import { PRIORITY, type World } from './world.js';

/**
 * Brings the emulated control plane to now and writes what changed into the event log, at the
 * virtual time each change happened: a license profile's Hotpatch status as `hotpatch-state`, a
 * machine's agent status in Azure as `arc-status`. Operations are not logged: each one ends with
 * the status change it waited for, which is. Then it wakes the plane when its next change is due.
 */
export function syncPlane(world: World): void {
  logPlaneChanges(world, world.plane.tick(world.clock.now()));
  schedulePlaneWake(world);
}

/** Writes the plane's changes into the event log. */
export function logPlaneChanges(world: World, changes: readonly ArmStateChange[]): void {
  for (const change of changes) {
    if (change.kind === 'hotpatch') {
      const detail =
        change.to === 'None'
          ? 'license profile deleted'
          : change.error
            ? `${change.to}: ${change.error.message} (${change.error.code})`
            : change.to;
      world.ledger.log(change.at, change.machine, 'hotpatch-state', detail);
    } else if (change.kind === 'machine-status') {
      world.ledger.log(change.at, change.machine, 'arc-status', `${change.to} (was ${change.from})`);
    }
  }
}

/** Queues a tick for when the plane's next pending change is due, once per instant. */
export function schedulePlaneWake(world: World): void {
  // A change already due did not move at this tick: only a change to its machine (which syncs) moves it.
  const due = world.plane.nextDueAt(world.clock.now());
  if (due === undefined || world.planeWakes.has(due)) return;
  world.planeWakes.add(due);
  world.queue.push(
    due,
    () => {
      world.planeWakes.delete(due);
      syncPlane(world);
    },
    PRIORITY.world,
  );
}
