import { describe, expect, it } from 'vitest';
import { counterexampleYaml } from '../../src/explore/counterexample.js';
import type { ScenarioInput } from '../../src/scenario/schema.js';
import { loadAsRun } from './helpers.js';

const scenario: ScenarioInput = {
  name: 'kb5070881-off-line-7',
  seed: 0,
  period: { from: '2025-10', to: '2025-12' },
  knobs: { licenseExpiry: 'never' },
  fleet: [{ name: 'web', edition: 'standard', hotpatch: 'enabled', installed: 'KB5070881' }],
  events: [{ at: '2025-10-24T12:00', machines: ['web'], install: 'KB5070893' }],
};
const header = {
  oracle: 'kb5070881-off-line',
  cites: 'DOMAIN.md 6A',
  statement: 'a machine that took KB5070881 gets no hotpatch before the January 2026 baseline',
  violations: ['web 2025-11 took KB5070881 at ..., then hotpatch KB5068966 at ...'],
  seed: 7,
  path: '12:0:3',
  replay: 'npx hotpatch-harness run out/counterexamples/kb5070881-off-line-7.yaml',
  reexplore: 'npx hotpatch-harness explore --seed 7 --runs 1000',
};

describe('counterexample files', () => {
  const text = counterexampleYaml(scenario, header);

  it('open with a comment header naming the oracle, the seed and path, and the commands', () => {
    expect(text.split('\n').slice(0, 8)).toEqual([
      '# Counterexample found by hotpatch-harness explore (property-based exploration).',
      '# Oracle: kb5070881-off-line (DOMAIN.md 6A): a machine that took KB5070881 gets no hotpatch before the January 2026 baseline',
      '# Violation: web 2025-11 took KB5070881 at ..., then hotpatch KB5068966 at ...',
      '# fast-check: seed 7, path "12:0:3"',
      '# Replay:     npx hotpatch-harness run out/counterexamples/kb5070881-off-line-7.yaml',
      '# Re-explore: npx hotpatch-harness explore --seed 7 --runs 1000',
      '',
      'name: kb5070881-off-line-7',
    ]);
  });

  it('write templates and events one per line, and load back to the same scenario', () => {
    expect(text).toContain('  - { name: web, edition: standard, hotpatch: enabled, installed: KB5070881 }\n');
    expect(text).toContain('  - { at: 2025-10-24T12:00, machines: [ web ], install: KB5070893 }\n');
    expect(loadAsRun(text, 'c.yaml')).toMatchObject({
      ...scenario,
      fleet: [{ ...scenario.fleet[0], count: 1 }],
    });
  });

  it('name the scripts copied beside the file, when its events run any', () => {
    const lines = counterexampleYaml(scenario, { ...header, scripts: ['scripts/workaround-option-2.ps1'] });
    expect(lines).toContain(
      '# Scripts:    scripts/workaround-option-2.ps1 (copied beside this file from scenarios/)\n',
    );
    expect(text).not.toContain('# Scripts:');
  });

  it('say when the search ran with planted variants that `run` does not use', () => {
    expect(counterexampleYaml(scenario, { ...header, planted: 'found with a planted catalog' })).toContain(
      '# Note: found with a planted catalog\n',
    );
  });
});
