import type { ArmResponse } from '../../simulators/arc/arm/index.js';
import { sz } from '../../simulators/registry/index.js';
import {
  type LicensingView,
  licenseBugApplies,
  licenseBugRule,
  workaroundInEffect,
} from '../../simulators/windows-update/index.js';
import { armErrorOf, putHotpatch, reasonPhrase } from './arm-client.js';
import type { FleetMachine } from './fleet-machine.js';
import { logPlaneChanges, schedulePlaneWakes, syncPlaneFor } from './plane-sync.js';
import { runningKb, type World } from './world.js';

/** What the licensing rules read of a fleet machine (methods, not closures: it is made per check). */
class FleetLicensingView implements LicensingView {
  readonly edition: string;
  readonly kb: string;

  constructor(private readonly fm: FleetMachine) {
    this.edition = fm.machine.edition;
    this.kb = runningKb(fm.machine);
  }

  registryValue(key: string, name: string): unknown {
    return this.fm.machine.registry.getValue(key, name);
  }

  bootOverride(name: string): number | undefined {
    return this.fm.machine.boot.featureOverrides.get(name);
  }
}

/** What the licensing rules read of a fleet machine. */
export function licensingView(fm: FleetMachine): LicensingView {
  return new FleetLicensingView(fm);
}

/** True when the licensing issue holds the machine now: it applies and no workaround is in effect. */
export function licensingBlocked(
  world: Pick<World, 'catalog' | 'rules'>,
  fm: FleetMachine,
  applies?: boolean,
  view = licensingView(fm),
): boolean {
  return (
    (applies ?? licenseBugApplies(world.catalog, world.rules, view)) && !workaroundInEffect(world.rules, view)
  );
}

/**
 * Brings licensing and enrollment up to date after anything that may change them (a boot, a
 * script, a fault, time passing): the licensing issue hits (writing the mutex the first time, and
 * expiring an enrolled license when the licenseExpiry knob says so), a workaround or the fix lifts
 * it, and the control plane moves on: a pending enrollment, the machine's agent status (DOMAIN.md
 * 3, 4 and 6B). Enrollment is the plane's; license expiry is the engine's.
 */
export function reconcile(world: World, fm: FleetMachine): void {
  const now = world.clock.now();
  const rule = licenseBugRule(world.rules);
  const view = licensingView(fm);
  const applies = licenseBugApplies(world.catalog, world.rules, view);
  if (applies && rule && !fm.licensingIssueSeen) {
    fm.licensingIssueSeen = true;
    if (world.knobs.licenseMutex === 'present') {
      const { key, value } = rule.effect.mutex;
      fm.machine.registry.createKey(key);
      fm.machine.registry.setValue(key, value, sz('')); // ASSUME: type and data are not published
    }
  }
  const blocked = licensingBlocked(world, fm, applies, view);
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
  syncPlaneFor(world, fm.name);
}

/**
 * Enables or disables hotpatch through the ARM API, as the portal does: a PUT of the machine's
 * license profile (arm-client.ts). The event says the status the request left and what ARM
 * answered (HTTP status, and the error code and message when it refused); the plane's own status
 * change at the request is that event, not a second one. The plane is woken when the change is due.
 */
export function requestHotpatch(world: World, fm: FleetMachine, action: 'enable' | 'disable'): void {
  const now = world.clock.now();
  syncPlaneFor(world, fm.name); // what happened before the request is logged before it
  const before = fm.profile.state.status;
  const response = putHotpatch(world, fm.name, action);
  const changes = world.plane.tickMachine(fm.name, now);
  const own = (c: (typeof changes)[number]) => c.kind === 'hotpatch' && c.machine === fm.name;
  world.ledger.log(now, fm.name, 'hotpatch-state', requestDetail(before, fm.profile.state.status, response));
  logPlaneChanges(
    world,
    changes.filter((c) => !own(c)),
  );
  schedulePlaneWakes(world);
}

/** `Enabling (PUT licenseProfiles/default: 201 Created)`, with `unchanged;` and ARM's error as they apply. */
function requestDetail(before: string, after: string, response: ArmResponse): string {
  const error = armErrorOf(response);
  const http = `PUT licenseProfiles/default: ${response.status} ${reasonPhrase(response.status)}`.trim();
  const answer = error ? `${http}, ${error.code}: ${error.message}` : http;
  return before === after ? `${after} (unchanged; ${answer})` : `${after} (${answer})`;
}
