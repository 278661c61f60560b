import { decideOffer, type MonthRelease, type UpdateTarget } from '../../simulators/windows-update/index.js';
import type { FleetMachine } from './fleet-machine.js';
import { reconcile } from './licensing.js';
import { installUpdate } from './machine-actions.js';
import { runningKb, type World } from './world.js';

/** What Windows Update knows of a fleet machine when it decides. */
export function updateTarget(world: World, fm: FleetMachine): UpdateTarget {
  const status = fm.profile.state.status;
  // A disconnected machine keeps or loses its license by the disconnectedLicense knob (ASSUME).
  const arcEnrolled = status === 'Enabled' && (fm.connected || world.knobs.disconnectedLicense === 'kept');
  return {
    kb: runningKb(fm.machine),
    build: fm.machine.os.build,
    editionSupported: true, // every Windows Server 2025 edition the harness models is supported (DOC)
    vbsRunning: fm.vbsRunning,
    enrolled: fm.azureEdition || arcEnrolled,
    licenseValid: !fm.licenseExpired,
  };
}

/**
 * A Patch Tuesday on one machine under an automatic update policy: licensing is brought up to
 * date, Windows Update decides, the release installs and, when it needs one, the machine restarts.
 */
export function patchTuesdayOn(world: World, fm: FleetMachine, month: MonthRelease): void {
  reconcile(world, fm);
  const offer = decideOffer(world.catalog, world.rules, month, updateTarget(world, fm));
  if (!offer) return;
  const reason = offer.kind === 'baseline' ? 'baseline' : (offer.reasons[0] ?? 'update-install');
  world.ledger.patchTuesday(world.clock.now(), fm.name, offer.release.kb, offer.kind, offer.reasons);
  const note = offer.reasons.length > 0 ? ` instead of the hotpatch: ${offer.reasons.join(', ')}` : '';
  installUpdate(world, fm, offer.release, reason, note);
}
