import type { RunFacts } from '../oracles/facts.js';
import type { Violation } from '../oracles/oracle.js';
import type { Scenario } from '../scenario/schema.js';

/**
 * An engine bug an exploration has already found and reported, quarantined so that the search
 * goes on looking for new ones: its violations are counted and listed in the summary, never
 * treated as a pass and never as a new failure. Remove it once the engine is fixed.
 */
export interface KnownIssue {
  /** Short kebab-case name, also the counterexample's file name under test/explore/found/. */
  readonly id: string;
  /** What is wrong and why, in a sentence or two. */
  readonly description: string;
  /** True when this violation (of the run of this scenario) is this issue. */
  matches(violation: Violation, scenario: Scenario, facts: RunFacts | undefined): boolean;
}

/** The known issue a violation is, if any. */
export function knownIssueOf(
  known: readonly KnownIssue[],
  violation: Violation,
  scenario: Scenario,
  facts: RunFacts | undefined,
): KnownIssue | undefined {
  return known.find((k) => k.matches(violation, scenario, facts));
}
