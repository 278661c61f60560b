import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { loadPowerShellGrammar } from '../../../simulators/powershell/index.js';
import { loadScenarioInput } from '../../../src/cli/scenario-input.js';
import { runScenario } from '../../../src/engine/run.js';
import { type PackedReport, unpackReport } from '../../../src/engine/workers/packed-report.js';
import type { ShardMessage } from '../../../src/engine/workers/shard-job.js';
import { workerSource } from '../../../src/engine/workers/worker-source.js';
import { renderJson } from '../../../src/report/json.js';
import { mergeShardReports } from '../../../src/report/merge.js';

const root = join(import.meta.dirname, '../../..');

describe('the worker script', () => {
  it('is the worker bundled into one module, not the loader entry', async () => {
    expect((await workerSource()).protocol).toBe('data:');
  });

  it('imports no package the worker does not use (msw, reached through the emulators’ index files)', async () => {
    const code = decodeURIComponent((await workerSource()).href.replace(/^data:text\/javascript,/, ''));
    const imported = [...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1] ?? '');
    expect(imported.some((url) => url.includes('/node_modules/yaml/'))).toBe(true);
    expect(imported.filter((url) => /\/node_modules\/(msw|graphql)\//.test(url))).toEqual([]);
  });

  it('runs a scenario with scripts (catalog, rules and grammar found) as the main thread does', async () => {
    const file = join(root, 'scenarios/workaround-option-2-script.yaml');
    const script = await workerSource();
    const job = { file, shard: { index: 1, count: 1 }, batches: 2 };
    const batches = await new Promise<PackedReport[]>((resolve, reject) => {
      const worker = new Worker(script, { workerData: job });
      const got: PackedReport[] = [];
      worker.on('message', (message: ShardMessage) => {
        if (message.kind === 'batch') return void got.push(message.report);
        void worker.terminate();
        if (message.kind === 'done') resolve(got);
        else reject(new Error(message.message));
      });
      worker.once('error', reject);
    });
    // Each batch comes back on its own, as a slice of 2, and the two make the whole run.
    expect(batches.map((b) => b.head.shard)).toMatchObject([
      { index: 1, count: 2 },
      { index: 2, count: 2 },
    ]);
    const { scenario, catalog, scripts } = loadScenarioInput(file);
    await loadPowerShellGrammar();
    const here = runScenario(scenario, { catalog, scripts, file, shard: job.shard });
    const merged = mergeShardReports(
      batches.map((b, j) => ({ source: `batch ${j + 1}`, report: unpackReport(b) })),
      job.shard,
    );
    expect(renderJson(merged)).toBe(renderJson(here));
  }, 30_000);
});
