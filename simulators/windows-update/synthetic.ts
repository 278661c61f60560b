import { isPlannedBaselineMonth, patchTuesday } from './patch-tuesday.js';
import type { Release } from './release.js';

const SOURCE =
  'planned cycle (DOC): baselines in January, April, July and October; made up past the known data';

/**
 * The releases of a month past the known data, following the planned cycle. Ids read
 * `SYNTHETIC-2026-08-HOTPATCH` so they cannot be mistaken for real KBs; builds continue upward
 * from the last known one, 100 revisions a month (INFER: only their order matters).
 */
export function syntheticReleases(month: string, monthsAfterLast: number, lastRevision: number): Release[] {
  const date = patchTuesday(month);
  const base = lastRevision + monthsAfterLast * 100;
  const make = (
    kind: string,
    type: Release['type'],
    revision: number,
    restartRequired: boolean,
  ): Release => ({
    kb: `SYNTHETIC-${month}-${kind}`,
    type,
    month,
    date,
    build: `26100.${revision}`,
    restartRequired,
    grade: 'INFER',
    source: SOURCE,
    synthetic: true,
  });
  if (isPlannedBaselineMonth(month)) return [make('BASELINE', 'baseline', base, true)];
  return [make('HOTPATCH', 'hotpatch', base, false), make('LCU', 'lcu', base + 50, true)];
}
