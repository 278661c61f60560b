import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPowerShellGrammar } from '../../simulators/powershell/index.js';
import { loadScenarioInput } from '../../src/cli/scenario-input.js';
import { runScenario } from '../../src/engine/run.js';

// Every shipped scenario states what DOMAIN.md says must happen in its `expect:` entries; this
// suite runs each and names any expectation that does not hold.
const folder = join(import.meta.dirname, '../../scenarios');
const files = readdirSync(folder).filter((f) => f.endsWith('.yaml'));

beforeAll(() => loadPowerShellGrammar());

describe('shipped scenarios', () => {
  it('are at least ten, each with expectations', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  for (const file of files) {
    it(`${file}: every expectation holds`, () => {
      const { scenario, scripts } = loadScenarioInput(join(folder, file));
      expect(scenario.expect.length, 'a shipped scenario states what it expects').toBeGreaterThan(0);
      const report = runScenario(scenario, { file: `scenarios/${file}`, scripts });
      const failed = report.expectations
        .filter((e) => !e.pass)
        .map((e) => ({ expected: e.expect, actual: e.actual }));
      expect(failed).toEqual([]);
      expect(report.verdict).toBe('pass');
    });
  }
});

describe('a remediation as a script and as a playbook', () => {
  const run = (name: string) => {
    const { scenario, scripts } = loadScenarioInput(join(folder, `${name}.yaml`));
    return runScenario(scenario, { scripts });
  };

  it('gives the same monthly restart report (workaround option 1: policy, restart, then the mutex)', () => {
    const playbook = run('workaround-option-1');
    const script = run('workaround-option-1-script');
    expect(script.machines).toEqual(playbook.machines);
    expect(script.months).toEqual(playbook.months);
  });

  it('gives the same monthly restart report (workaround option 2)', () => {
    const playbook = run('workaround-option-2');
    const script = run('workaround-option-2-script');
    expect(script.machines).toEqual(playbook.machines);
    expect(script.months).toEqual(playbook.months);
    const lines = script.events.filter((e) => e.type === 'script-output').map((e) => e.detail);
    expect(lines).toContain(
      'scripts/workaround-option-2.ps1: Performing the operation "Enable the Local shutdown access rights and restart the computer." on target "localhost (web-01)".',
    );
  });
});
