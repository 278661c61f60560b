import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import { loadScenarioFile } from '../../src/scenario/load.js';

// Every shipped scenario states what DOMAIN.md says must happen in its `expect:` entries; this
// suite runs each and names any expectation that does not hold.
const folder = join(import.meta.dirname, '../../scenarios');
const files = readdirSync(folder).filter((f) => f.endsWith('.yaml'));

describe('shipped scenarios', () => {
  it('are at least ten, each with expectations', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  for (const file of files) {
    it(`${file}: every expectation holds`, () => {
      const scenario = loadScenarioFile(join(folder, file));
      expect(scenario.expect.length, 'a shipped scenario states what it expects').toBeGreaterThan(0);
      const report = runScenario(scenario, { file: `scenarios/${file}` });
      const failed = report.expectations
        .filter((e) => !e.pass)
        .map((e) => ({ expected: e.expect, actual: e.actual }));
      expect(failed).toEqual([]);
      expect(report.verdict).toBe('pass');
    });
  }
});
