import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPowerShellGrammar } from '../../simulators/powershell/index.js';
import { KNOWN_ISSUES } from '../../src/explore/known-issues.js';
import { checkRun } from '../../src/oracles/check-run.js';
import { FOUND, foundScripts, loadFound } from './helpers.js';

/** Bugs found by exploration and fixed since: their counterexamples stay as regression scenarios. */
const FIXED = [
  'hotpatch-request-while-pending',
  'install-before-release',
  'install-hotpatch-without-vbs',
  'kb5070893-over-kb5070881',
  'pending-restart-update-ignored',
];

describe('engine bugs found by exploration (test/explore/found/)', () => {
  beforeAll(() => loadPowerShellGrammar());

  it('each file is an open known issue or a fixed one, and each known issue has its file', () => {
    const files = readdirSync(FOUND).filter((f) => f.endsWith('.yaml'));
    expect(files.map((f) => f.replace(/\.yaml$/, '')).sort()).toEqual(
      [...KNOWN_ISSUES.map((k) => k.id), ...FIXED].sort(),
    );
  });

  it.each(FIXED)('%s (fixed) holds every oracle, and its expectations pass', (id) => {
    const run = checkRun(loadFound(id), { scripts: foundScripts(id) });
    expect(run.violations).toEqual([]);
    expect(run.report?.expectations.filter((e) => !e.pass)).toEqual([]);
  });

  it.each(KNOWN_ISSUES.map((k) => [k.id, k] as const))(
    '%s still reproduces, and nothing else does (once the engine is fixed, delete the file and the entry)',
    (id, issue) => {
      const scenario = loadFound(id);
      const run = checkRun(scenario, { scripts: foundScripts(id) });
      expect(
        run.violations.length,
        `${id}: fixed? Remove it from src/explore/known-issues.ts`,
      ).toBeGreaterThan(0);
      for (const v of run.violations)
        expect(issue.matches(v, scenario, run.facts), JSON.stringify(v)).toBe(true);
      for (const other of KNOWN_ISSUES.filter((k) => k !== issue))
        expect(
          run.violations.some((v) => other.matches(v, scenario, run.facts)),
          other.id,
        ).toBe(false);
    },
  );
});
