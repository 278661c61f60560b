import { parseUtc } from '../../../simulators/shared/clock.js';
import { MONTHS } from './calendar.js';
import type { EngineDriver } from './driver.js';
import { azureAt } from './heartbeats.js';
import { eligible, type ModelState, online, vbsRunning } from './state.js';

/** A Patch Tuesday's release instant: 18:00 UTC on its date. */
export const releaseAt = (date: string): number => parseUtc(`${date}T18:00`);
/** The next Patch Tuesday after now (of a hotpatch month, if asked). */
export const nextMonth = (s: ModelState, hotpatchOnly = false) =>
  MONTHS.find((m) => releaseAt(m.date) > s.now && (!hotpatchOnly || m.hotpatch));
/** The baseline a month's hotpatch builds on: the latest baseline before it. */
export const baselineBefore = (date: string): string =>
  MONTHS.filter((m) => m.baseline && m.date < date).at(-1)?.baseline ?? 'KB5066835';

/** After every step the model and the emulator agree on what hotpatch eligibility is made of. */
export function agree(s: ModelState, e: EngineDriver, step: string): void {
  const model = {
    online: online(s),
    azure: s.arcAgent ? azureAt(s, s.now) : undefined,
    vbsRunning: vbsRunning(s),
    enrollment: s.enrollment,
    licenseExpired: s.licenseExpired,
    kb: s.kb,
    staged: s.staged,
    profile: s.profile,
  };
  const engine = e.view();
  if (JSON.stringify(model) !== JSON.stringify(engine) || s.now !== e.now)
    throw new Error(
      `after ${step} at ${new Date(s.now).toISOString()}: model ${JSON.stringify(model)}, engine ${JSON.stringify(engine)}`,
    );
  const month = nextMonth(s, true);
  // Known issue pending-restart-update-ignored: with an update staged the engine decides on the running one.
  if (!month || s.staged.length > 0) return;
  const expected = eligible(s, baselineBefore(month.date));
  if (e.wouldHotpatch(month.date.slice(0, 7)) !== expected)
    throw new Error(`after ${step}: the ${month.date} hotpatch: model says ${expected}, engine the opposite`);
}
