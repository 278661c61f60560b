import { mergeShardReports } from '../report/merge.js';
import type { Report } from '../report/types.js';
import { expandFleet } from '../scenario/expand.js';
import type { Scenario } from '../scenario/schema.js';
import type { RunOptions } from './build-world.js';
import { runScenario } from './run.js';
import { machinesIn, slicesOf } from './shard.js';

/** Machines simulated at once by {@link runInBatches}. */
export const BATCH_MACHINES = 8_000;

/**
 * Runs a shard (or the whole fleet) a batch of machines at a time and merges the batches' reports:
 * shard k/n in b batches is shards k, k+n, ..., k+(b-1)n of n·b, run one after the other. The
 * bytes are the same as one run's (merge.ts), but only one batch's world is alive at a time, so a
 * slice of 50,000 machines runs in a heap the size of 8,000 machines' (garbage collection over a
 * large heap, not the simulation, is what slows a large run down).
 */
export function runInBatches(scenario: Scenario, options: RunOptions, batch = BATCH_MACHINES): Report {
  const machines = machinesIn(options.shard, expandFleet(scenario.fleet).length);
  const batches = Math.max(1, Math.ceil(machines / batch));
  if (batches === 1) return runScenario(scenario, options);
  const reports = slicesOf(options.shard, batches).map((shard, j) => ({
    source: `batch ${j + 1}`,
    report: runScenario(scenario, { ...options, shard }),
  }));
  return mergeShardReports(reports, options.shard);
}
