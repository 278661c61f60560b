import { Worker } from 'node:worker_threads';
import { InputError } from '../../cli/exit-codes.js';
import { mergeShardReports, type ShardReport } from '../../report/merge.js';
import { InstantTable } from '../../report/merge-events.js';
import type { Report } from '../../report/types.js';
import { batchCount } from '../run-in-batches.js';
import { machinesIn, type Shard, slicesOf } from '../shard.js';
import { eventKeysOf, unpackReport } from './packed-report.js';
import type { ShardJob, ShardMessage } from './shard-job.js';
import { workerSource } from './worker-source.js';

/**
 * A run allocates many short-lived objects (events, offers, registry values): a young generation
 * of 64 MB semi-spaces cut the time spent in garbage collection by about a third when batches held
 * thousands of machines; with batches of 50, young generations from 48 to 384 MB run alike
 * (measured on 100,000 machines). The old generation's bound leaves room for any slice.
 */
const LIMITS = { maxYoungGenerationSizeMb: 192, maxOldGenerationSizeMb: 16_384 };

/** A run for {@link runOnWorkers}: the job without its slice and batches, and the fleet's size. */
export type WorkersJob = Omit<ShardJob, 'shard' | 'batches'> & {
  readonly shard?: Shard;
  readonly fleetSize: number;
};

/**
 * Runs a scenario (or one shard of it) on `workers` threads: shard k/n on w workers is the shards
 * k, k+n, ..., k+(w-1)n of n·w, one per thread, each run in b batches, so every batch is a shard
 * of n·w·b. Batches come back as they are done and are unpacked here while the workers go on;
 * at the end they are merged into shard k/n's report. Each machine's history depends on the seed
 * and its name alone, so the bytes do not depend on `workers`. A failing worker stops the others.
 */
export async function runOnWorkers(job: WorkersJob, workers: number): Promise<Report> {
  const { fleetSize, ...rest } = job;
  const slices = slicesOf(job.shard, workers);
  // The first slice is the largest: every worker runs as many batches as it needs.
  const batches = batchCount(machinesIn(slices[0], fleetSize));
  const script = await workerSource();
  const instants = new InstantTable();
  const started: Worker[] = [];
  try {
    const parts = await Promise.all(
      slices.map((shard) => runSlice(script, { ...rest, shard, batches }, started, instants)),
    );
    return mergeShardReports(parts.flat(), job.shard);
  } finally {
    for (const worker of started) void worker.terminate();
  }
}

/**
 * One worker's batches, unpacked as they arrive, with their events' sort keys (numbered in the
 * run's `instants`); rejects on the worker's error or early exit.
 */
function runSlice(
  script: URL,
  job: ShardJob,
  started: Worker[],
  instants: InstantTable,
): Promise<ShardReport[]> {
  return new Promise((resolve, reject) => {
    // The bundle is JavaScript: the worker needs none of the main thread's options, such as the
    // TypeScript loader's hooks, which would see every import and source map (a third of its start).
    const worker = new Worker(script, { workerData: job, resourceLimits: LIMITS, execArgv: [] });
    started.push(worker);
    const reports: ShardReport[] = [];
    let finished = false;
    const where = `worker for shard ${job.shard.index}/${job.shard.count}`;
    worker.on('message', (message: ShardMessage) => {
      if (message.kind === 'batch') {
        const packed = message.report;
        reports.push({
          source: `${where}, batch ${reports.length + 1}`,
          report: unpackReport(packed),
          keys: eventKeysOf(packed, instants),
        });
        return;
      }
      finished = true;
      if (message.kind === 'done') resolve(reports);
      else reject(message.input ? new InputError(message.message) : new Error(`worker: ${message.message}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!finished) reject(new Error(`${where} exited with code ${code}`));
    });
  });
}
