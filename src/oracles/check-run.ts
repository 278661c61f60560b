import type { RunOptions } from '../engine/build-world.js';
import { runScenario } from '../engine/run.js';
import type { Report } from '../report/types.js';
import type { Scenario } from '../scenario/schema.js';
import type { RunFacts } from './facts.js';
import { ORACLES, SOMETIMES } from './index.js';
import type { Oracle, Sometimes, Violation } from './oracle.js';
import { FactRecorder } from './recorder.js';
import { runFailed } from './run-completes.js';

/** A run checked against the oracles; a run that threw has no report and one violation. */
export interface CheckedRun {
  readonly report?: Report;
  readonly facts?: RunFacts;
  readonly violations: readonly Violation[];
  /** The ids of the sometimes properties this run reached. */
  readonly fired: readonly string[];
}

/** Which properties to check; by default all of them. */
export interface CheckOptions {
  readonly oracles?: readonly Oracle[];
  readonly sometimes?: readonly Sometimes[];
}

/** Runs a scenario with the fact recorder listening, then checks every oracle on the result. */
export function checkRun(scenario: Scenario, options: RunOptions & CheckOptions = {}): CheckedRun {
  const recorder = new FactRecorder();
  const { oracles = ORACLES, sometimes = SOMETIMES, ...run } = options;
  let report: Report;
  try {
    report = runScenario(scenario, { ...run, observe: recorder.observe });
  } catch (error) {
    return { violations: [runFailed(error)], fired: [] };
  }
  const facts = recorder.facts();
  const violations = oracles.flatMap((o) => o.check(report, scenario, facts));
  const fired = sometimes.filter((s) => s.fired(report, scenario, facts)).map((s) => s.id);
  return { report, facts, violations, fired };
}
