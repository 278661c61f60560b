import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultRules } from '../../simulators/windows-update/index.js';
import { summaryLines } from '../../src/cli/explore-command.js';
import { explore } from '../../src/explore/explore.js';
import { KNOWN_ISSUES } from '../../src/explore/known-issues.js';
import { option2WithoutRestart, plantedCatalog } from './helpers.js';

const out = mkdtempSync(join(tmpdir(), 'hh-planted-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The search must find a planted bug within this many scenarios. */
const BUDGET = 3000;

/** The shipped catalog with the November 2025 hotpatch installable on KB5070881 too. */
const catalogIgnoringKb5070881 = () => plantedCatalog('KB5068966', ['KB5066835', 'KB5070893', 'KB5070881']);

describe('the search finds and shrinks planted bugs', () => {
  it('a catalog and rules that let the November hotpatch install on KB5070881: one machine, at most two events', async () => {
    const summary = await explore({
      runs: BUDGET,
      seed: 1,
      out,
      known: KNOWN_ISSUES,
      catalog: catalogIgnoringKb5070881(),
      rules: defaultRules().filter((r) => r.id !== 'october-2025-exact-update'),
    });
    const failure = summary.failure;
    expect(failure?.oracle, summaryLines(summary).join('\n')).toBe('kb5070881-off-line');
    expect(summary.runs).toBeLessThanOrEqual(BUDGET);
    expect(failure?.machines).toBe(1);
    expect(failure?.events).toBeLessThanOrEqual(2);
    expect(readFileSync(failure?.file ?? '', 'utf8')).toContain(
      '# Note: found with a planted catalog, rules: `run` replays it with the shipped ones',
    );
  });

  it('a workaround that skips its restart yet claims to have rescued the machine', async () => {
    const summary = await explore({
      runs: BUDGET,
      seed: 1,
      out,
      known: KNOWN_ISSUES,
      playbooks: new Map([[option2WithoutRestart.name, option2WithoutRestart]]),
    });
    const failure = summary.failure;
    expect(failure?.oracle, summaryLines(summary).join('\n')).toBe('workaround-claim');
    expect(summary.runs).toBeLessThanOrEqual(BUDGET);
    expect(failure?.machines).toBe(1);
    expect(failure?.events).toBeLessThanOrEqual(2);
  });
});
