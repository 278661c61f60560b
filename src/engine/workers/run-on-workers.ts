import { Worker } from 'node:worker_threads';
import { InputError } from '../../cli/exit-codes.js';
import { mergeShardReports } from '../../report/merge.js';
import type { Report } from '../../report/types.js';
import { type Shard, slicesOf } from '../shard.js';
import { unpackReport } from './packed-report.js';
import type { ShardAnswer, ShardJob } from './shard-job.js';
import { workerSource } from './worker-source.js';

/**
 * A run allocates many short-lived objects (events, offers, registry values): a young generation
 * of 64 MB semi-spaces cuts the time spent in garbage collection by about a third (measured with
 * bench/fleet.ts), and a large fleet's slice needs more than the default old generation.
 */
const LIMITS = { maxYoungGenerationSizeMb: 192, maxOldGenerationSizeMb: 16_384 };

/**
 * Runs a scenario (or one shard of it) on `workers` threads: shard k/n on w workers is the shards
 * k, k+n, ..., k+(w-1)n of n·w, one per thread, merged back into shard k/n's report. Each machine's
 * history depends on the seed and its name alone, so the bytes do not depend on `workers`.
 */
export async function runOnWorkers(
  job: Omit<ShardJob, 'shard'> & { shard?: Shard },
  workers: number,
): Promise<Report> {
  const slices = slicesOf(job.shard, workers);
  const script = await workerSource();
  const reports = await Promise.all(slices.map((shard) => runSlice(script, { ...job, shard })));
  return mergeShardReports(
    reports.map((report, j) => ({ source: `worker ${j + 1}`, report })),
    job.shard,
  );
}

function runSlice(script: URL, job: ShardJob): Promise<Report> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job, resourceLimits: LIMITS });
    let answered = false;
    worker.once('message', (answer: ShardAnswer) => {
      answered = true;
      if (answer.ok) resolve(unpackReport(answer.report));
      else reject(answer.input ? new InputError(answer.message) : new Error(`worker: ${answer.message}`));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered)
        reject(new Error(`worker for shard ${job.shard.index}/${job.shard.count} exited with code ${code}`));
    });
  });
}
