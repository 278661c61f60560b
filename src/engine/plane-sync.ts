import type { ArmStateChange } from '../../simulators/arc/arm/index.js';
import { PRIORITY, type World } from './world.js';

/**
 * Brings the whole emulated control plane to now (the `serve` command and sessions driven step by
 * step, where clients may read any machine) and writes what changed into the event log.
 */
export function syncPlane(world: World): void {
  logPlaneChanges(world, world.plane.tick(world.clock.now()));
  schedulePlaneWakes(world);
}

/**
 * Brings one machine's side of the control plane to now after a change to that machine: its agent
 * status, its pending enrollment, its operations. Runs touch only the machine that changed, so a
 * machine's history never depends on the rest of the fleet (shards and workers give the same report).
 */
export function syncPlaneFor(world: World, machine: string): void {
  logPlaneChanges(world, world.plane.tickMachine(machine, world.clock.now()));
  schedulePlaneWakes(world);
}

/**
 * Writes the plane's changes into the event log, at the virtual time each happened: a license
 * profile's Hotpatch status as `hotpatch-state`, a machine's agent status in Azure as `arc-status`.
 * Operations are not logged: each one ends with the status change it waited for, which is.
 */
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

/**
 * Queues a plane tick for each instant the plane scheduled a change for, once per instant. The
 * tick runs after everything else due at that instant (PRIORITY.plane) and moves only what is due.
 */
export function schedulePlaneWakes(world: World): void {
  for (const due of world.plane.drainScheduled()) {
    if (world.planeWakes.has(due)) continue;
    world.planeWakes.add(due);
    world.queue.push(
      due,
      () => {
        world.planeWakes.delete(due);
        logPlaneChanges(world, world.plane.tickDue(due));
        schedulePlaneWakes(world);
      },
      PRIORITY.plane,
    );
  }
}
