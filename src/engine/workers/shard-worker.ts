import { parentPort, workerData } from 'node:worker_threads';
import { loadPowerShellGrammar } from '../../../simulators/powershell/index.js';
import { isInputError } from '../../cli/exit-codes.js';
import { loadScenarioInput } from '../../cli/scenario-input.js';
import { runInBatches } from '../run-in-batches.js';
import { packedBuffers, packReport } from './packed-report.js';
import type { ShardAnswer, ShardJob } from './shard-job.js';

// One slice of a run on a worker thread: the scenario is loaded here, so nothing but the job's
// few fields crosses the thread boundary on the way in.
const job = workerData as ShardJob;
let answer: ShardAnswer;
try {
  const { scenario, catalog, scripts } = loadScenarioInput(job.file, job.catalog);
  if (scripts.size > 0) await loadPowerShellGrammar();
  const report = runInBatches(scenario, {
    catalog,
    scripts,
    file: job.file,
    shard: job.shard,
    ...(job.seed === undefined ? {} : { seed: job.seed }),
  });
  answer = { ok: true, report: packReport(report) };
} catch (error) {
  const input = isInputError(error);
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const message = input ? (error as Error).message : text;
  answer = { ok: false, input, message };
}
parentPort?.postMessage(answer, answer.ok ? packedBuffers(answer.report) : []);
