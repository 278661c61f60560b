import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import { renderJson } from '../../src/report/json.js';
import { loadScenarioFile } from '../../src/scenario/load.js';

const root = join(import.meta.dirname, '../..');
const scenarioFile = join(root, 'scenarios/mixed-fleet-24-months.yaml');
const out = mkdtempSync(join(tmpdir(), 'hh-determinism-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const inProcess = (seed?: number) => {
  const scenario = loadScenarioFile(scenarioFile);
  return renderJson(
    runScenario(scenario, {
      file: 'scenarios/mixed-fleet-24-months.yaml',
      ...(seed === undefined ? {} : { seed }),
    }),
  );
};

describe('determinism', () => {
  it('gives byte-identical report.json for the same scenario and seed, twice in a row', () => {
    expect(inProcess()).toBe(inProcess());
  });

  it('gives another report for another seed (the random knob draws differently)', () => {
    expect(inProcess(7)).not.toBe(inProcess(8));
  });

  it('gives the same bytes from the command line in another time zone and locale', () => {
    execFileSync(
      process.execPath,
      [
        join(root, 'bin/hotpatch-harness.js'),
        'run',
        'scenarios/mixed-fleet-24-months.yaml',
        '--out',
        out,
        '--format',
        'json',
      ],
      {
        cwd: root,
        env: { ...process.env, TZ: 'Pacific/Chatham', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8', CI: '1' },
      },
    );
    const fromCli = readFileSync(join(out, 'mixed-fleet-24-months/report.json'), 'utf8');
    expect(fromCli).toBe(inProcess());
  });
});
