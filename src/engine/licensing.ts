import { sz } from '../../simulators/registry/index.js';
import {
  type LicensingView,
  licenseBugApplies,
  licenseBugRule,
  workaroundInEffect,
} from '../../simulators/windows-update/index.js';
import type { FleetMachine } from './fleet-machine.js';
import { after, runningKb, type World } from './world.js';

/** What the licensing rules read of a fleet machine. */
export function licensingView(fm: FleetMachine): LicensingView {
  return {
    edition: fm.machine.edition,
    kb: runningKb(fm.machine),
    registryValue: (key, name) => fm.machine.registry.getValue(key, name),
    bootOverride: (name) => fm.machine.boot.featureOverrides.get(name),
  };
}

/** True when the licensing issue holds the machine now: it applies and no workaround is in effect. */
export function licensingBlocked(world: World, fm: FleetMachine): boolean {
  const view = licensingView(fm);
  return licenseBugApplies(world.catalog, world.rules, view) && !workaroundInEffect(world.rules, view);
}

/**
 * Brings licensing and enrollment up to date after anything that may change them (a boot, a
 * script, a fault, time passing): the licensing issue hits (writing the mutex the first time, and
 * expiring an enrolled license when the licenseExpiry knob says so), a workaround or the fix lifts
 * it, and a pending enrollment moves on (DOMAIN.md 3 and 6B).
 */
export function reconcile(world: World, fm: FleetMachine): void {
  const now = world.clock.now();
  const rule = licenseBugRule(world.rules);
  const applies = licenseBugApplies(world.catalog, world.rules, licensingView(fm));
  if (applies && rule && !fm.licensingIssueSeen) {
    fm.licensingIssueSeen = true;
    if (world.knobs.licenseMutex === 'present') {
      const { key, value } = rule.effect.mutex;
      fm.machine.registry.createKey(key);
      fm.machine.registry.setValue(key, value, sz('')); // ASSUME: type and data are not published
    }
  }
  const blocked = licensingBlocked(world, fm);
  if (blocked && !fm.licenseExpired && fm.profile.state.status === 'Enabled' && fm.expiresUnderIssue) {
    fm.licenseExpired = true;
    world.ledger.log(
      now,
      fm.name,
      'license-state',
      `hotpatch license expired (${rule?.id ?? 'licensing issue'})`,
    );
  } else if (!blocked && fm.licenseExpired) {
    fm.licenseExpired = false;
    const why = applies
      ? 'workaround in effect'
      : `issue fixed by ${rule?.effect.fixedBy ?? 'a later update'}`;
    world.ledger.log(now, fm.name, 'license-state', `hotpatch license valid again (${why})`);
  }
  const moved = fm.profile.advance(now, { connected: fm.connected, vbsRunning: fm.vbsRunning, blocked });
  if (moved) {
    const error = fm.profile.state.error;
    world.ledger.log(now, fm.name, 'hotpatch-state', error ? `${moved}: ${error.message}` : moved);
  }
}

/** Asks the control plane to enable or disable hotpatch, and checks back when the change is due. */
export function requestHotpatch(world: World, fm: FleetMachine, action: 'enable' | 'disable'): void {
  const now = world.clock.now();
  const before = fm.profile.state.status;
  if (action === 'enable') fm.profile.enable(now);
  else fm.profile.disable(now);
  const status = fm.profile.state.status;
  world.ledger.log(now, fm.name, 'hotpatch-state', before === status ? `${status} (unchanged)` : status);
  const due = fm.profile.dueAt();
  if (due !== undefined) after(world, due - now, () => reconcile(world, fm));
}
