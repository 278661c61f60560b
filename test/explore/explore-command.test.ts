import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/exit-codes.js';
import { exploreCommand, parseExploreFlags } from '../../src/cli/explore-command.js';
import { option2WithoutRestart } from './helpers.js';

const out = mkdtempSync(join(tmpdir(), 'hh-explore-cmd-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('explore [--runs N] [--seed S] [--minutes M] [--out DIR]', () => {
  it('reads its flags, with defaults', () => {
    expect(parseExploreFlags({})).toEqual({ runs: 1000, out: 'reports/explore' });
    expect(parseExploreFlags({ runs: '50', seed: '7', minutes: '1.5', out: 'x' })).toEqual({
      runs: 50,
      seed: 7,
      minutes: 1.5,
      out: 'x',
    });
  });

  it('refuses a bad flag as bad input (exit 2), naming it', () => {
    expect(() => parseExploreFlags({ runs: '0' })).toThrow(
      new InputError('--runs: expected a positive integer, got "0"'),
    );
    expect(() => parseExploreFlags({ seed: '-1' })).toThrow(
      '--seed: expected a non-negative integer, got "-1"',
    );
    expect(() => parseExploreFlags({ minutes: 'soon' })).toThrow(
      '--minutes: expected a number of minutes, got "soon"',
    );
  });

  it('prints the summary and exits 0 when every oracle held', async () => {
    const lines: string[] = [];
    const code = await exploreCommand({ runs: 20, seed: 11, out }, (l) => lines.push(l));
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^explore: seed 11, 20 scenarios \(\d+ machine-months\) in \d+\.\d s$/);
    expect(lines).toContain('  held   workaround-claim (DOMAIN.md 6B)');
    expect(lines.at(-1)).toBe('pass: reproduce with npx hotpatch-harness explore --seed 11 --runs 20');
  });

  it('prints the failure, the counterexample file and the one command that replays it, and exits 1', async () => {
    const lines: string[] = [];
    const playbooks = new Map([[option2WithoutRestart.name, option2WithoutRestart]]);
    const code = await exploreCommand({ runs: 300, seed: 1, out, setup: { playbooks } }, (l) =>
      lines.push(l),
    );
    expect(code).toBe(1);
    const replay = lines.find((l) => l.startsWith('replay: '));
    expect(replay).toMatch(/^replay: npx hotpatch-harness run .*counterexamples\/[a-z0-9-]+\.yaml$/);
    expect(lines.find((l) => l.startsWith('re-explore: '))).toMatch(
      /--seed 1 --runs 300 \(fast-check seed 1, path "[\d:]+"\)$/,
    );
    expect(lines).toContain('  FAILED workaround-claim (DOMAIN.md 6B)');
    expect(lines.find((l) => l.startsWith('FAIL: '))).toMatch(
      /^FAIL: workaround-claim \(DOMAIN.md 6B\), shrunk to 1 machine\(s\) and 1 event\(s\)$/,
    );
  });
});
