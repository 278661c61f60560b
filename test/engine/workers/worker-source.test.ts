import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { loadPowerShellGrammar } from '../../../simulators/powershell/index.js';
import { loadScenarioInput } from '../../../src/cli/scenario-input.js';
import { runInBatches } from '../../../src/engine/run-in-batches.js';
import { unpackReport } from '../../../src/engine/workers/packed-report.js';
import type { ShardAnswer } from '../../../src/engine/workers/shard-job.js';
import { workerSource } from '../../../src/engine/workers/worker-source.js';
import { renderJson } from '../../../src/report/json.js';

const root = join(import.meta.dirname, '../../..');

describe('the worker script', () => {
  it('is the worker bundled into one module, not the loader entry', async () => {
    expect((await workerSource()).protocol).toBe('data:');
  });

  it('runs a scenario with scripts (catalog, rules and grammar found) as the main thread does', async () => {
    const file = join(root, 'scenarios/workaround-option-2-script.yaml');
    const script = await workerSource();
    const answer = await new Promise<ShardAnswer>((resolve, reject) => {
      const worker = new Worker(script, { workerData: { file, shard: { index: 1, count: 1 } } });
      worker.once('message', (a: ShardAnswer) => {
        void worker.terminate();
        resolve(a);
      });
      worker.once('error', reject);
    });
    if (!answer.ok) throw new Error(answer.message);
    const { scenario, catalog, scripts } = loadScenarioInput(file);
    await loadPowerShellGrammar();
    const here = runInBatches(scenario, { catalog, scripts, file, shard: { index: 1, count: 1 } });
    expect(renderJson(unpackReport(answer.report))).toBe(renderJson(here));
  }, 30_000);
});
