import type { Report } from '../report/types.js';
import type { Scenario } from '../scenario/schema.js';
import type { RunFacts } from './facts.js';

/** One way a run broke an "always" property. */
export interface Violation {
  /** The oracle's id. */
  readonly oracle: string;
  readonly machine?: string;
  readonly month?: string;
  /** The update the violation is about, if any. */
  readonly kb?: string;
  /** What happened, in one sentence a reader can check against the report. */
  readonly message: string;
}

/**
 * An "always" property: checked on every run, it lists every way the run broke it (none: it held).
 * `cites` names the rule it encodes (`DOMAIN.md 6A`, `DESIGN.md report format`).
 */
export interface Oracle {
  readonly id: string;
  readonly cites: string;
  /** What must always hold, in one sentence. */
  readonly statement: string;
  check(report: Report, scenario: Scenario, facts: RunFacts): Violation[];
}

/**
 * A "sometimes" property: a situation an exploration should reach at least once, or its coverage
 * is not meaningful. One that never fires is reported as unexercised, never as a pass.
 */
export interface Sometimes {
  readonly id: string;
  readonly cites: string;
  readonly statement: string;
  fired(report: Report, scenario: Scenario, facts: RunFacts): boolean;
}

/** A violation of `oracle` with the given details. */
export const violation = (
  oracle: Oracle | string,
  message: string,
  where: { machine?: string; month?: string; kb?: string } = {},
): Violation => ({ oracle: typeof oracle === 'string' ? oracle : oracle.id, ...where, message });
