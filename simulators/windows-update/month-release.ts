import type { Release } from './release.js';

/** What a month's Patch Tuesday offers. */
export interface MonthRelease {
  readonly month: string;
  /** Patch Tuesday, `YYYY-MM-DD`. */
  readonly date: string;
  /** baseline: every machine restarts onto it; hotpatch: eligible machines take the hotpatch. */
  readonly type: 'baseline' | 'hotpatch';
  /** The baseline (baseline months) or the LCU (hotpatch months): what ineligible machines get. */
  readonly restartUpdate: Release;
  /** The month's hotpatch (hotpatch months only). */
  readonly hotpatch?: Release;
  /** True when the month lies past the known data and was made up to follow the planned cycle. */
  readonly synthetic: boolean;
}
