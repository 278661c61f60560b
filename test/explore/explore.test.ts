import { randomInt } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { summaryLines } from '../../src/cli/explore-command.js';
import { main } from '../../src/cli.js';
import { explore } from '../../src/explore/explore.js';
import { KNOWN_ISSUES } from '../../src/explore/known-issues.js';
import { propertyRuns } from '../../src/explore/property-runs.js';
import { shippedScripts } from '../../src/explore/shipped-scripts.js';
import type { ExploreSummary } from '../../src/explore/summary.js';
import { ORACLES, SOMETIMES } from '../../src/oracles/index.js';
import type { Oracle, Sometimes } from '../../src/oracles/oracle.js';
import { loadAsRun, timeoutFor } from './helpers.js';

const out = mkdtempSync(join(tmpdir(), 'hh-explore-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** The summary as the command prints it: every failure shows its seed, path and replay command. */
const explain = (s: ExploreSummary): string => summaryLines(s).join('\n');
const { durationMs: _d, ...comparable } = {} as ExploreSummary;
const withoutTime = ({ durationMs: _ms, ...rest }: ExploreSummary) => rest;

/** A planted oracle for the failure path: no restart may be requested. */
const noRequestedRestart: Oracle = {
  id: 'planted-no-requested-restart',
  cites: 'test',
  statement: 'no machine restarts because a scenario event asked',
  check: (report) =>
    report.machines.flatMap((m) =>
      m.months
        .filter((x) => x.reasons.includes('requested'))
        .map((x) => ({
          oracle: 'planted-no-requested-restart',
          machine: m.name,
          month: x.month,
          message: 'requested',
        })),
    ),
};

/** A planted oracle that needs a script to run: option 2's script may write nothing. */
const noOption2Output: Oracle = {
  id: 'planted-no-option-2-output',
  cites: 'test',
  statement: 'workaround-option-2.ps1 writes nothing',
  check: (report) =>
    report.events
      .filter((e) => e.type === 'script-output' && e.detail.startsWith('scripts/workaround-option-2.ps1: '))
      .map((e) => ({ oracle: 'planted-no-option-2-output', machine: e.machine, message: e.detail })),
};

describe('explore', () => {
  it(
    'holds every oracle on the shipped engine (known issues quarantined and listed)',
    async () => {
      const seed = randomInt(2 ** 31 - 1);
      const summary = await explore({ runs: propertyRuns(200), seed, out, known: KNOWN_ISSUES });
      expect(summary.passed, explain(summary)).toBe(true);
      expect(summary.runs).toBe(propertyRuns(200));
      expect(summary.machineMonths).toBeGreaterThan(summary.runs);
      expect(summary.oracles.map((o) => o.id)).toEqual(ORACLES.map((o) => o.id));
      expect(summary.oracles.every((o) => o.violations === 0)).toBe(true);
    },
    timeoutFor(propertyRuns(200), 10),
  );

  it('reaches every sometimes property within 400 runs of a fixed seed', async () => {
    const summary = await explore({ runs: 400, seed: 20251111, out, known: KNOWN_ISSUES });
    expect(summary.unexercised, explain(summary)).toEqual([]);
    expect(summary.coverage.map((c) => c.id)).toEqual(SOMETIMES.map((s) => s.id));
    expect(summary.passed, explain(summary)).toBe(true);
    // No engine bug is open (test/explore/found.test.ts lists the fixed ones): nothing is quarantined.
    expect(summary.known).toEqual([]);
  });

  it('lists a sometimes property that never fired as unexercised, not as covered', async () => {
    const never: Sometimes = { id: 'never', cites: 'test', statement: 'never happens', fired: () => false };
    const summary = await explore({ runs: 5, seed: 1, out, known: KNOWN_ISSUES, sometimes: [never] });
    expect(summary.coverage).toEqual([{ id: 'never', cites: 'test', statement: 'never happens', fired: 0 }]);
    expect(summary.unexercised).toEqual(['never']);
    expect(explain(summary)).toContain('unexercised: never');
  });

  it('is deterministic: the same seed explores the same scenarios', async () => {
    const a = await explore({ runs: 30, seed: 99, out, known: KNOWN_ISSUES });
    const b = await explore({ runs: 30, seed: 99, out, known: KNOWN_ISSUES });
    expect(withoutTime(a)).toStrictEqual(withoutTime(b));
    expect(comparable).toEqual({});
  });

  it('shrinks a failure, writes it as a scenario file with a header, and replays it from seed and path', async () => {
    const summary = await explore({
      runs: 500,
      seed: 3,
      out,
      known: KNOWN_ISSUES,
      oracles: [noRequestedRestart],
    });
    expect(summary.passed).toBe(false);
    const failure = summary.failure;
    if (!failure) throw new Error('expected a failure');
    expect(failure.oracle).toBe('planted-no-requested-restart');
    expect([failure.machines, failure.events]).toEqual([1, 1]);
    expect(failure.file).toBe(
      join(out, 'counterexamples', `planted-no-requested-restart-${failure.seed}.yaml`),
    );
    expect(failure.replay).toBe(`npx hotpatch-harness run ${failure.file}`);
    expect(failure.reexplore).toBe(`npx hotpatch-harness explore --seed 3 --runs 500`);
    const text = readFileSync(failure.file, 'utf8');
    expect(text).toMatch(/^# Counterexample found by hotpatch-harness explore/);
    expect(text).toContain(`# fast-check: seed 3, path "${failure.path}"`);
    expect(text).toContain(`# Replay:     ${failure.replay}`);
    expect(loadAsRun(text, failure.file).name).toBe(failure.scenario.name);
    const again = await explore({
      runs: 500,
      seed: 3,
      path: failure.path,
      out,
      known: KNOWN_ISSUES,
      oracles: [noRequestedRestart],
    });
    expect(again.failure?.scenario).toStrictEqual(failure.scenario);
    expect(explain(summary)).toContain(`replay: ${failure.replay}`);
  });

  it('writes a counterexample that runs a script with its scripts beside it: `run` replays it as found', async () => {
    const summary = await explore({
      runs: 500,
      seed: 8,
      out,
      known: KNOWN_ISSUES,
      oracles: [noOption2Output],
    });
    const failure = summary.failure;
    if (!failure) throw new Error(`expected a failure: ${explain(summary)}`);
    expect([failure.machines, failure.events]).toEqual([1, 1]);
    expect(failure.scenario.events?.[0]?.run).toBe('scripts/workaround-option-2.ps1');
    const beside = join(out, 'counterexamples', 'scripts', 'workaround-option-2.ps1');
    expect(readFileSync(beside, 'utf8')).toBe(shippedScripts().get('scripts/workaround-option-2.ps1'));
    expect(readFileSync(failure.file, 'utf8')).toContain('# Scripts:    scripts/workaround-option-2.ps1');
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const code = await main([
      'node',
      'hotpatch-harness',
      'run',
      failure.file,
      '--out',
      out,
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, failure.scenario.name, 'report.json'), 'utf8'));
    expect(noOption2Output.check(report, undefined as never, undefined as never)).toEqual(failure.violations);
  });

  it('stops at the time limit and says so', async () => {
    const summary = await explore({ runs: 1_000_000, seed: 5, minutes: 0.002, out, known: KNOWN_ISSUES });
    expect(summary.interrupted).toBe(true);
    expect(summary.runs).toBeLessThan(1_000_000);
    expect(existsSync(join(out, 'counterexamples', 'x.yaml'))).toBe(false);
  });
});
