import { type ModelMonth, release } from './calendar.js';
import {
  blocked,
  ENROLLMENT_MS,
  eligible,
  issueApplies,
  type ModelState,
  online,
  vbsRunning,
} from './state.js';

const MINUTE = 60_000;

/**
 * Brings licensing and a pending enrollment up to date at `at` (DOMAIN.md 3, 6B): the issue writes
 * its mutex when it first applies; an enrolled license expires while blocked and comes back when
 * not; a change due by now completes once the agent is on line (enabling fails without VBS and
 * waits while the issue blocks it).
 */
export function settle(s: ModelState, at = s.now): void {
  if (issueApplies(s) && !s.issueSeen) [s.issueSeen, s.mutexPresent] = [true, true];
  if (blocked(s) && s.enrollment === 'Enabled') s.licenseExpired = true;
  else if (!blocked(s)) s.licenseExpired = false;
  if (s.requestedAt === undefined || at < s.requestedAt + ENROLLMENT_MS || !online(s)) return;
  if (s.enrollment === 'Disabling') [s.enrollment, s.requestedAt] = ['Disabled', undefined];
  else if (!vbsRunning(s)) [s.enrollment, s.requestedAt] = ['Failed', undefined];
  else if (!blocked(s)) [s.enrollment, s.requestedAt] = ['Enabled', undefined];
}

/**
 * Lets time pass to `at`: a pending change due before then settles with the state as it stood (one
 * due exactly at `at` settles after whatever happens at that instant).
 */
export function advance(s: ModelState, at: number): void {
  if (s.requestedAt !== undefined && s.requestedAt + ENROLLMENT_MS < at)
    settle(s, s.requestedAt + ENROLLMENT_MS);
  s.now = at;
}

/** A restart: fails once when the fault is armed; else staged updates apply and the boot reads VBS and the override. */
export function restart(s: ModelState): boolean {
  if (s.restartFailsNext) {
    s.restartFailsNext = false;
    return false;
  }
  for (const kb of s.staged.splice(0)) {
    const type = release(kb).type;
    s.kb = kb;
    if (type === 'baseline') [s.baseline, s.offLine] = [kb, false];
    else if (type === 'lcu' || type === 'out-of-band') s.offLine = true;
  }
  [s.vbsBooted, s.overrideBooted, s.himdsRunning] = [s.vbsConfigured, s.overrideWritten, true];
  settle(s);
  return true;
}

/** Installs a restart update (the only kind installed outside Patch Tuesday here) and restarts. */
export function installAndRestart(s: ModelState, kb: string): void {
  s.staged.push(kb);
  restart(s);
}

/** A Patch Tuesday (DOMAIN.md 5): the baseline, or the hotpatch when eligible, else the LCU. */
export function patchTuesday(s: ModelState, month: ModelMonth, latestBaseline: string): void {
  settle(s);
  if (month.baseline) {
    if (release(s.kb).date < release(month.baseline).date) installAndRestart(s, month.baseline);
  } else if (eligible(s, latestBaseline)) {
    s.kb = month.hotpatch as string;
    settle(s);
  } else installAndRestart(s, month.lcu as string);
}

/** The portal's Hotpatch → Confirm or turn-off (a change already pending stays as it is). */
export function requestHotpatch(s: ModelState, action: 'enable' | 'disable'): void {
  const [pending, done] =
    action === 'enable' ? (['Enabling', 'Enabled'] as const) : (['Disabling', 'Disabled'] as const);
  if (s.enrollment !== pending && s.enrollment !== done) [s.enrollment, s.requestedAt] = [pending, s.now];
  settle(s);
}

/** The three playbooks, step by step on the model's clock (src/playbooks describes them in prose). */
export function playbook(s: ModelState, name: string): void {
  if (name === 'october-2025-workaround-option-1') {
    s.overrideWritten = true;
    if (!restart(s)) return;
    advance(s, s.now + 3 * MINUTE);
    s.mutexPresent = false;
  } else if (name === 'october-2025-workaround-option-2') {
    if (s.arcAgent) s.himdsRunning = false;
    [s.overrideWritten, s.mutexPresent] = [true, false];
    settle(s);
    restart(s);
  } else {
    if (!s.azureEdition && !s.arcAgent) return;
    if (!vbsRunning(s)) {
      if (!s.canRunVbs && s.vbsBooted) return;
      s.vbsConfigured = true;
      if (!restart(s)) return;
      advance(s, s.now + 3 * MINUTE);
      if (!vbsRunning(s) || s.azureEdition) {
        settle(s);
        return;
      }
    }
    if (!s.azureEdition && s.enrollment !== 'Enabled') requestHotpatch(s, 'enable');
  }
  settle(s);
}
