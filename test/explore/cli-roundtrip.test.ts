import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc } from '@fast-check/vitest';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { loadPowerShellGrammar } from '../../simulators/powershell/index.js';
import { main } from '../../src/cli.js';
import { runScenario } from '../../src/engine/run.js';
import { scenarioArbitrary } from '../../src/explore/arbitraries/index.js';
import { propertyRuns } from '../../src/explore/property-runs.js';
import { writeScenarioScripts } from '../../src/explore/scenario-scripts.js';
import { shippedScripts } from '../../src/explore/shipped-scripts.js';
import { renderJson } from '../../src/report/json.js';
import { scenarioSchema } from '../../src/scenario/schema.js';

const tmp = mkdtempSync(join(tmpdir(), 'hh-explore-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());
beforeAll(() => loadPowerShellGrammar());

describe('a generated scenario written to YAML, its scripts beside it, runs with `hotpatch-harness run`', () => {
  // Each run writes files and goes through the command line: a hundredth of a nightly count.
  const inputs = fc.sample(scenarioArbitrary(), { numRuns: propertyRuns(8, { fraction: 0.01 }), seed: 7 });

  it.each(inputs.map((input, i) => [i, input] as const))('scenario %i', async (i, input) => {
    const name = `explored-${i}`;
    const file = join(tmp, `${name}.yaml`);
    writeFileSync(file, stringify({ ...input, name }, { version: '1.2' }));
    await writeScenarioScripts(tmp, input, shippedScripts());
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const code = await main(['node', 'hotpatch-harness', 'run', file, '--out', tmp, '--format', 'json']);
    let expected: string;
    try {
      const scripts = shippedScripts();
      expected = renderJson(runScenario(scenarioSchema.parse({ ...input, name }), { file, scripts }));
    } catch {
      expect(code, 'a run that dies in-process is an internal error on the command line').toBe(70);
      return;
    }
    expect(code).toBe(0);
    expect(readFileSync(join(tmp, name, 'report.json'), 'utf8')).toBe(expected);
  });
});
