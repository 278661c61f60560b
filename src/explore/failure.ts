import { dirname, join } from 'node:path';
import { expandFleet } from '../scenario/expand.js';
import { type ScenarioInput, scenarioSchema } from '../scenario/schema.js';
import { checkScenario, GENERATOR_VALID } from './check-scenario.js';
import { counterexampleYaml, writeCounterexample } from './counterexample.js';
import type { ExploreOptions } from './explore.js';
import { runPaths, writeScenarioScripts } from './scenario-scripts.js';
import { type ExploreSetup, plantedParts } from './setup.js';
import type { ExploreFailure } from './summary.js';

/** How fast-check found the failure. */
export interface FoundBy {
  readonly seed: number;
  readonly path: string;
  readonly shrinks: number;
  readonly error: unknown;
}

/** Re-runs the shrunk counterexample, writes its scenario file, and says how to replay it. */
export async function recordFailure(
  options: ExploreOptions,
  setup: ExploreSetup,
  input: ScenarioInput,
  target: string | undefined,
  found: FoundBy,
): Promise<ExploreFailure> {
  const outcome = checkScenario(input, setup);
  const oracleId = target ?? 'explore-internal';
  const violations = outcome.violations.filter((v) => v.oracle === oracleId);
  if (violations.length === 0) violations.push({ oracle: oracleId, message: String(found.error) });
  const oracle = [...setup.oracles, GENERATOR_VALID].find((o) => o.id === oracleId);
  const name = `${oracleId}-${found.seed >>> 0}`;
  const scenario = { ...input, name };
  const file = join(options.out, 'counterexamples', `${name}.yaml`);
  const replay = `npx hotpatch-harness run ${file}`;
  const minutes = options.minutes === undefined ? '' : ` --minutes ${options.minutes}`;
  const reexplore = `npx hotpatch-harness explore --seed ${found.seed} --runs ${options.runs}${minutes}`;
  const planted = plantedParts(options);
  const text = counterexampleYaml(scenario, {
    oracle: oracleId,
    cites: oracle?.cites ?? 'src/explore',
    statement: oracle?.statement ?? 'the exploration itself threw',
    violations: violations.map((v) => [v.machine, v.month, v.message].filter(Boolean).join(' ')),
    seed: found.seed,
    path: found.path,
    replay,
    reexplore,
    ...(planted ? { planted } : {}),
    scripts: runPaths(scenario),
  });
  const written = await writeCounterexample(options.out, name, text);
  await writeScenarioScripts(dirname(written), scenario, setup.scripts);
  return {
    oracle: oracleId,
    cites: oracle?.cites ?? 'src/explore',
    violations,
    scenario,
    machines: expandFleet(scenarioSchema.parse(scenario).fleet).length,
    events: scenario.events?.length ?? 0,
    file: written,
    replay,
    seed: found.seed,
    path: found.path,
    reexplore,
    shrinks: found.shrinks,
  };
}
