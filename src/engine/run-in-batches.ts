import { mergeShardReports } from '../report/merge.js';
import type { Report } from '../report/types.js';
import { expandFleet } from '../scenario/expand.js';
import type { Scenario } from '../scenario/schema.js';
import type { RunOptions } from './build-world.js';
import { runScenario } from './run.js';
import { machinesIn, slicesOf } from './shard.js';

/**
 * Machines simulated at once by {@link runInBatches}. A Patch Tuesday walks every machine of the
 * world; a few dozen machines' objects stay in the processor's caches, thousands do not, and two
 * workers share one cache. Measured on the benchmark fleet: on one thread 50 to 200 machines a
 * batch run alike (16,000 machines in 3.1-3.7 s), 350 take a third longer and 8,000 half as long
 * again; on both cores 100,000 machines take 15-16 s in batches of 50, 16-18 s in batches of 100
 * and 17-19 s in batches of 200 (25: 17-17.5 s).
 */
export const BATCH_MACHINES = 50;

/** How many batches a slice of `machines` machines runs in. */
export const batchCount = (machines: number, batch = BATCH_MACHINES): number =>
  Math.max(1, Math.ceil(machines / batch));

/**
 * Runs a shard (or the whole fleet) in `batches` batches, one after the other, and hands each
 * batch's report to `each` as it is done: shard k/n in b batches is shards k, k+n, ..., k+(b-1)n
 * of n·b. Only one batch's world is alive at a time, so a slice of 50,000 machines runs in the
 * memory of a few hundred: little to collect, and what a Patch Tuesday touches stays in the caches.
 */
export function runBatches(
  scenario: Scenario,
  options: RunOptions,
  batches: number,
  each: (report: Report) => void,
): void {
  for (const shard of slicesOf(options.shard, batches)) each(runScenario(scenario, { ...options, shard }));
}

/**
 * Runs a shard (or the whole fleet) a batch of machines at a time and merges the batches' reports
 * (merge.ts): the bytes are the same as one run's. Progress counts batches' months.
 */
export function runInBatches(scenario: Scenario, options: RunOptions, batch = BATCH_MACHINES): Report {
  const batches = batchCount(machinesIn(options.shard, expandFleet(scenario.fleet).length), batch);
  if (batches === 1) return runScenario(scenario, options);
  const { onProgress } = options;
  const reports: { source: string; report: Report }[] = [];
  runBatches(
    scenario,
    {
      ...options,
      ...(onProgress && {
        onProgress: (done, months) => onProgress(reports.length * months + done, batches * months),
      }),
    },
    batches,
    (report) => reports.push({ source: `batch ${reports.length + 1}`, report }),
  );
  return mergeShardReports(reports, options.shard);
}
