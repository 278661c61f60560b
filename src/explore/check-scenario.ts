import { worldIssues } from '../engine/build-world.js';
import { checkRun } from '../oracles/check-run.js';
import type { Violation } from '../oracles/oracle.js';
import { semanticIssues } from '../scenario/checks/index.js';
import { type Scenario, type ScenarioInput, scenarioSchema } from '../scenario/schema.js';
import { knownIssueOf } from './known-issue.js';
import type { ExploreSetup } from './setup.js';

/** The pseudo-oracle of a generated scenario the loader or the world would refuse (a generator bug). */
export const GENERATOR_VALID = {
  id: 'generator-valid',
  cites: 'src/explore/arbitraries',
  statement: 'every generated scenario is valid for the loader and the world',
} as const;

/** What one generated scenario's run gave. */
export interface ScenarioOutcome {
  /** Violations no known issue explains: failures. */
  readonly violations: readonly Violation[];
  /** The known issues its violations are. */
  readonly known: readonly string[];
  readonly fired: readonly string[];
  /** Machines × months simulated. */
  readonly machineMonths: number;
}

function parse(input: ScenarioInput, setup: ExploreSetup): Scenario | Violation {
  const parsed = scenarioSchema.safeParse(input);
  const issues = parsed.success
    ? [
        ...semanticIssues(parsed.data),
        ...worldIssues(parsed.data, setup.catalog),
        ...unknownScripts(parsed.data, setup),
      ]
    : parsed.error.issues;
  if (parsed.success && issues.length === 0) return parsed.data;
  const first = issues[0];
  return {
    oracle: GENERATOR_VALID.id,
    message: `the generator made an invalid scenario: ${first?.path.join('.')}: ${first?.message}`,
  };
}

/** `run:` events naming a script the setup has no text of (`hotpatch-harness run` could not read it). */
function unknownScripts(
  scenario: Scenario,
  setup: ExploreSetup,
): Array<{ path: PropertyKey[]; message: string }> {
  return scenario.events.flatMap((e, i) =>
    e.run === undefined || setup.scripts.has(e.run)
      ? []
      : [{ path: ['events', i, 'run'], message: `no shipped script ${e.run}` }],
  );
}

/** Runs one generated scenario, checks every oracle, and sorts its violations into known and new. */
export function checkScenario(input: ScenarioInput, setup: ExploreSetup): ScenarioOutcome {
  const scenario = parse(input, setup);
  if ('oracle' in scenario) return { violations: [scenario], known: [], fired: [], machineMonths: 0 };
  const run = checkRun(scenario, {
    catalog: setup.catalog,
    rules: setup.rules,
    ...(setup.playbooks ? { playbooks: setup.playbooks } : {}),
    oracles: setup.oracles,
    sometimes: setup.sometimes,
    scripts: setup.scripts,
  });
  const known = new Set<string>();
  const violations = run.violations.filter((v) => {
    const issue = knownIssueOf(setup.known, v, scenario, run.facts);
    if (issue) known.add(issue.id);
    return !issue;
  });
  const machineMonths = run.report ? run.report.machines.length * run.report.months.length : 0;
  return { violations, known: [...known], fired: run.fired, machineMonths };
}
