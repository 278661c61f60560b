import type { SubscriptionStatus } from '../../simulators/arc/index.js';
import { rulesOfType } from '../../simulators/windows-update/index.js';
import type { FleetMachine } from '../engine/fleet-machine.js';
import { licensingBlocked } from '../engine/licensing.js';
import { runningKb, type World } from '../engine/world.js';

/** What one machine looked like at one moment of a run: the facts the oracles reason about. */
export interface MachineSnapshot {
  /** Virtual time (ms). */
  readonly at: number;
  /** The run step it was taken after (0 = before the first event). */
  readonly step: number;
  /** How many report events had been logged by then. */
  readonly events: number;
  readonly kb: string;
  /** Updates waiting for a restart, in install order. */
  readonly staged: readonly string[];
  /** Restarts so far, and when the machine last booted. */
  readonly restarts: number;
  readonly bootedAt: number;
  readonly vbsStatus: number;
  readonly connected: boolean;
  readonly hotpatch: SubscriptionStatus;
  readonly licenseExpired: boolean;
  /** The October 2025 licensing issue holds the machine (it applies, no workaround in effect). */
  readonly licensingBlocked: boolean;
  /** The workaround's feature override is in the registry now / was read at the last boot. */
  readonly overrideWritten: boolean;
  readonly overrideBooted: boolean;
  readonly restartFailsArmed: boolean;
}

/** Takes a machine's snapshot from the live world. */
export function snapshotOf(world: World, fm: FleetMachine, step: number): MachineSnapshot {
  const override = rulesOfType(world.rules, 'license-workaround')[0]?.effect.override;
  const written = override ? fm.machine.registry.getValue(override.key, override.value) : undefined;
  return {
    at: world.clock.now(),
    step,
    events: world.ledger.events.length,
    kb: runningKb(fm.machine),
    staged: fm.machine.staged.map((u) => u.kb),
    restarts: fm.machine.restarts.length,
    bootedAt: fm.machine.boot.at,
    vbsStatus: fm.machine.boot.vbs.status,
    connected: fm.connected,
    hotpatch: fm.profile.state.status,
    licenseExpired: fm.licenseExpired,
    licensingBlocked: licensingBlocked(world, fm),
    overrideWritten:
      override !== undefined && written?.type === 'REG_DWORD' && written.data === override.data,
    overrideBooted:
      override !== undefined && fm.machine.boot.featureOverrides.get(override.value) === override.data,
    restartFailsArmed: fm.restartFailsNext,
  };
}

/** True when two snapshots describe the same machine state (time, step and event count aside). */
export function sameState(a: MachineSnapshot, b: MachineSnapshot): boolean {
  return (
    a.kb === b.kb &&
    a.staged.join() === b.staged.join() &&
    a.restarts === b.restarts &&
    a.vbsStatus === b.vbsStatus &&
    a.connected === b.connected &&
    a.hotpatch === b.hotpatch &&
    a.licenseExpired === b.licenseExpired &&
    a.licensingBlocked === b.licensingBlocked &&
    a.overrideWritten === b.overrideWritten &&
    a.overrideBooted === b.overrideBooted &&
    a.restartFailsArmed === b.restartFailsArmed
  );
}
