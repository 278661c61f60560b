import {
  decideOffer,
  type MonthRelease,
  type Offer,
  type UpdateTarget,
} from '../../simulators/windows-update/index.js';
import type { FleetMachine } from './fleet-machine.js';
import { reconcile } from './licensing.js';
import { finishPendingRestart, installUpdate } from './machine-actions.js';
import { runningKb, type World } from './world.js';

/** What Windows Update knows of a fleet machine when it decides. */
export function updateTarget(world: World, fm: FleetMachine): UpdateTarget {
  const status = fm.profile.state.status;
  // A disconnected machine keeps or loses its license by the disconnectedLicense knob (ASSUME).
  const arcEnrolled = status === 'Enabled' && (fm.connected || world.knobs.disconnectedLicense === 'kept');
  return {
    kb: runningKb(fm.machine),
    lineKb: fm.lineKb,
    build: fm.machine.os.build,
    editionSupported: true, // every Windows Server 2025 edition the harness models is supported (DOC)
    vbsRunning: fm.vbsRunning,
    enrolled: fm.azureEdition || arcEnrolled,
    licenseValid: !fm.licenseExpired,
  };
}

/**
 * A Patch Tuesday on one machine under an automatic update policy: licensing is brought up to
 * date; updates waiting for a restart get it first (INFER: Windows Update finishes a pending
 * restart before it installs anything else), and when that restart fails nothing else installs
 * this month; then Windows Update decides on the update the machine runs, the release installs
 * and, when it needs one, the machine restarts. `beforeDecide` is called at the moment Windows
 * Update decides (or would, had the pending restart not failed): the run's observer looks then.
 */
export function patchTuesdayOn(
  world: World,
  fm: FleetMachine,
  month: MonthRelease,
  beforeDecide?: () => void,
): void {
  reconcile(world, fm);
  const pendingDone = finishPendingRestart(world, fm);
  beforeDecide?.();
  if (!pendingDone) return;
  const offer = decideOffer(world.catalog, world.rules, month, updateTarget(world, fm));
  if (!offer) return;
  const reason = offer.kind === 'baseline' ? 'baseline' : (offer.reasons[0] ?? 'update-install');
  world.ledger.patchTuesday(world.clock.now(), fm.name, offer.release.kb, offer.kind, offer.reasons);
  installUpdate(world, fm, offer.release, reason, noteOf(offer));
}

/** What the update line adds about an offer that is not the hotpatch (offers are shared: once each). */
const notes = new WeakMap<Offer, string>();
function noteOf(offer: Offer): string {
  let note = notes.get(offer);
  if (note === undefined) {
    note = offer.reasons.length > 0 ? ` instead of the hotpatch: ${offer.reasons.join(', ')}` : '';
    notes.set(offer, note);
  }
  return note;
}
