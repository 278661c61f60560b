import fc from 'fast-check';
import { loadPowerShellGrammar } from '../../simulators/powershell/index.js';
import type { ScenarioInput } from '../scenario/schema.js';
import { type ScenarioArbitraryOptions, scenarioArbitrary } from './arbitraries/index.js';
import { checkScenario } from './check-scenario.js';
import { recordFailure } from './failure.js';
import { exploreSetup, type SetupOptions } from './setup.js';
import type { ExploreSummary } from './summary.js';
import { Tally } from './tally.js';

/** What `explore` is given. */
export interface ExploreOptions extends SetupOptions {
  /** Scenarios to generate and run (fewer when `minutes` runs out first). */
  readonly runs: number;
  /** fast-check's seed: the same seed explores the same scenarios in the same order. */
  readonly seed: number;
  /** Stop the search after this many minutes of wall-clock time. */
  readonly minutes?: number;
  /** Where `counterexamples/<name>.yaml` goes. */
  readonly out: string;
  /** fast-check's path of a failure: with its seed, replays (and shrinks) that one case directly. */
  readonly path?: string;
  /** Called after each search run with the runs done and the runs asked for. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Sizes of the generated scenarios. */
  readonly arbitrary?: Omit<ScenarioArbitraryOptions, 'catalog'>;
}

/**
 * Property-based exploration, after FoundationDB's simulator and TigerBeetle's VOPR: runs generated
 * fleets and timelines (fast-check, from `seed`) and checks every oracle on each. On the first
 * failure fast-check shrinks the scenario, keeping to the oracle that failed, to the fewest machines
 * and events that still fail; the result is written as a scenario file with the command that
 * replays it. Known issues (quarantined bugs) are counted, never passed over in silence.
 */
export async function explore(options: ExploreOptions): Promise<ExploreSummary> {
  const setup = exploreSetup(options);
  await loadPowerShellGrammar(); // `run:` events parse their scripts; once per process
  const tally = new Tally(setup);
  const started = performance.now(); // wall-clock time of the search itself, outside the simulated world
  let target: string | undefined;
  const property = fc.property(
    scenarioArbitrary({ ...options.arbitrary, catalog: setup.catalog }),
    (input) => {
      const outcome = checkScenario(input, setup);
      if (target === undefined) {
        tally.add(outcome);
        options.onProgress?.(tally.runs, options.runs);
      }
      const failing = outcome.violations.filter((v) => target === undefined || v.oracle === target);
      if (failing.length === 0) return true;
      target ??= failing[0]?.oracle;
      return false;
    },
  );
  const details = fc.check(property, {
    seed: options.seed,
    numRuns: options.runs,
    ...(options.path === undefined ? {} : { path: options.path }),
    ...(options.minutes === undefined
      ? {}
      : { plugins: [fc.interruptAfterTimeLimit(options.minutes * 60_000)] }),
  });
  if (details.failed && !details.counterexample && details.errorInstance) throw details.errorInstance;
  const failure =
    details.failed && details.counterexample
      ? await recordFailure(options, setup, (details.counterexample as [ScenarioInput])[0], target, {
          seed: details.seed,
          path: details.counterexamplePath ?? '',
          shrinks: details.numShrinks,
          error: details.errorInstance,
        })
      : undefined;
  return {
    passed: failure === undefined,
    seed: options.seed,
    runs: tally.runs,
    machineMonths: tally.machineMonths,
    durationMs: Math.round(performance.now() - started),
    interrupted: details.interrupted,
    ...tally.records(),
    ...(failure ? { failure } : {}),
  };
}
