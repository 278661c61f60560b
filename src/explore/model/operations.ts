import { type ModelMonth, release } from './calendar.js';
import { azureAt, heartbeatsTo, himdsStarts, nextAzureConnect } from './heartbeats.js';
import { blocked, ENROLLMENT_MS, eligible, issueApplies, type ModelState, vbsRunning } from './state.js';

/**
 * Brings licensing and a pending enrollment up to date at `at` (DOMAIN.md 3, 6B): the issue writes
 * its mutex when it first applies; an enrolled license expires while blocked and comes back when
 * not; a change due by now moves once Azure shows the agent Connected (enabling fails without VBS
 * and waits while the issue blocks it).
 */
export function settle(s: ModelState, at = s.now): void {
  heartbeatsTo(s, at);
  s.agentSawHimds = s.himdsRunning; // the engine's reconcile has the agent look
  if (issueApplies(s) && !s.issueSeen) [s.issueSeen, s.mutexPresent] = [true, true];
  if (blocked(s) && s.enrollment === 'Enabled') s.licenseExpired = true;
  else if (!blocked(s)) s.licenseExpired = false;
  if (s.requestedAt === undefined || at < s.requestedAt + ENROLLMENT_MS || s.azure !== 'Connected') return;
  if (s.enrollment === 'Disabling') {
    [s.enrollment, s.requestedAt] = ['Disabled', undefined];
    if (s.deleting) [s.profile, s.deleting] = [false, false]; // a DELETE's profile goes once disabled
  } else if (!vbsRunning(s)) [s.enrollment, s.requestedAt] = ['Failed', undefined];
  else if (!blocked(s)) [s.enrollment, s.requestedAt] = ['Enabled', undefined];
}

/**
 * When a pending change moves if only time passes: when due (or now, if that was already), if
 * Azure shows the agent Connected then; else at the heartbeat that makes it Connected again.
 * Settling is idempotent, so a change the issue blocks is merely looked at again.
 */
function pendingMoveAt(s: ModelState): number | undefined {
  if (s.requestedAt === undefined) return undefined;
  const from = Math.max(s.requestedAt + ENROLLMENT_MS, s.hbAt);
  return azureAt(s, from) === 'Connected' ? from : nextAzureConnect(s, from);
}

/**
 * Lets time pass to `at`: a pending change that moves before then does so with the machine as it
 * stood (one that would move exactly at `at` moves after whatever happens at that instant).
 */
export function advance(s: ModelState, at: number): void {
  const moves = pendingMoveAt(s);
  if (moves !== undefined && moves < at) settle(s, moves);
  heartbeatsTo(s, at);
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
  [s.vbsBooted, s.overrideBooted] = [s.vbsConfigured, s.overrideWritten];
  himdsStarts(s);
  settle(s);
  return true;
}

/** himds stops now (a fault, or option 2's Stop-Service), on a machine that has it. */
export function stopHimds(s: ModelState): void {
  heartbeatsTo(s, s.now);
  if (s.arcAgent) s.himdsRunning = false;
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

/**
 * The portal's Hotpatch → Confirm or turn-off, a PUT of the license profile (a change already
 * pending stays as it is): the profile exists from then on, and a DELETE waiting on it is called off.
 */
export function requestHotpatch(s: ModelState, action: 'enable' | 'disable'): void {
  [s.profile, s.deleting] = [true, false];
  const [pending, done] =
    action === 'enable' ? (['Enabling', 'Enabled'] as const) : (['Disabling', 'Disabled'] as const);
  if (s.enrollment !== pending && s.enrollment !== done) [s.enrollment, s.requestedAt] = [pending, s.now];
  settle(s);
}
