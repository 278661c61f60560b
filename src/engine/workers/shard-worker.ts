import { parentPort, workerData } from 'node:worker_threads';
import { loadPowerShellGrammar } from '../../../simulators/powershell/index.js';
import { isInputError } from '../../cli/exit-codes.js';
import { loadScenarioInput } from '../../cli/scenario-input.js';
import { runBatches } from '../run-in-batches.js';
import { packedBuffers, packReport } from './packed-report.js';
import type { ShardJob, ShardMessage } from './shard-job.js';

// One slice of a run on a worker thread: the scenario is loaded here, so nothing but the job's
// few fields crosses the thread boundary on the way in. Each batch's report goes back as soon as
// it is done, so the main thread unpacks it while this thread runs the next.
const job = workerData as ShardJob;
const send = (message: ShardMessage, transfer: ArrayBuffer[] = []) =>
  parentPort?.postMessage(message, transfer);
try {
  const { scenario, catalog, scripts } = loadScenarioInput(job.file, job.catalog);
  if (scripts.size > 0) await loadPowerShellGrammar();
  const options = {
    catalog,
    scripts,
    file: job.file,
    shard: job.shard,
    ...(job.seed === undefined ? {} : { seed: job.seed }),
  };
  runBatches(scenario, options, job.batches, (report) => {
    const packed = packReport(report);
    send({ kind: 'batch', report: packed }, packedBuffers(packed));
  });
  send({ kind: 'done' });
} catch (error) {
  const input = isInputError(error);
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  send({ kind: 'failed', input, message: input ? (error as Error).message : text });
}
