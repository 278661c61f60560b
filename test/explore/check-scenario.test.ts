import { beforeAll, describe, expect, it } from 'vitest';
import { loadPowerShellGrammar } from '../../simulators/powershell/index.js';
import { checkScenario } from '../../src/explore/check-scenario.js';
import { exploreSetup } from '../../src/explore/setup.js';
import type { ScenarioInput } from '../../src/scenario/schema.js';

const setup = exploreSetup();
const withRun = (run: string): ScenarioInput => ({
  name: 'explored',
  period: { from: '2025-10', to: '2025-11' },
  fleet: [{ name: 'web', edition: 'standard', hotpatch: 'enabled', installed: 'KB5065474' }],
  events: [{ at: '2025-11-04T21:30', machines: 'all', run, confirm: true }],
});

describe('checkScenario with run: events', () => {
  beforeAll(() => loadPowerShellGrammar());

  it('runs a shipped script with the text the setup read once', () => {
    const outcome = checkScenario(withRun('scripts/workaround-option-2.ps1'), setup);
    expect(outcome.violations).toEqual([]);
    expect(outcome.fired).toContain('script-workaround-rescued');
  });

  it('reports a script the setup has no text of as a generator bug, before any run', () => {
    const outcome = checkScenario(withRun('scripts/nope.ps1'), setup);
    expect(outcome.violations).toEqual([
      {
        oracle: 'generator-valid',
        message: 'the generator made an invalid scenario: events.0.run: no shipped script scripts/nope.ps1',
      },
    ]);
    expect(outcome.machineMonths).toBe(0);
  });
});
