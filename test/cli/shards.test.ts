import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { threadsFor } from '../../src/cli/run-command.js';
import { main } from '../../src/cli.js';

const root = join(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'hh-shards-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const SCENARIO = 'scenarios/mixed-fleet-24-months.yaml';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: unknown) => void out.push(String(line)));
  vi.spyOn(console, 'error').mockImplementation((line: unknown) => void err.push(String(line)));
  const code = await main(['node', 'hotpatch-harness', ...args]);
  vi.restoreAllMocks();
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const reportOf = (dir: string) => readFileSync(join(dir, 'mixed-fleet-24-months/report.json'), 'utf8');

describe('run --workers and --shard, and merge', () => {
  it('DESIGN: the report is byte-identical on 1 and 2 worker threads', async () => {
    const one = await cli(
      'run',
      join(root, SCENARIO),
      '--workers',
      '1',
      '--format',
      'json',
      '--out',
      join(tmp, 'w1'),
    );
    const two = await cli(
      'run',
      join(root, SCENARIO),
      '--workers',
      '2',
      '--format',
      'json',
      '--out',
      join(tmp, 'w2'),
    );
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(reportOf(join(tmp, 'w2'))).toBe(reportOf(join(tmp, 'w1')));
  }, 60_000);

  it('DESIGN: three shards, merged, give the whole run’s report.json byte for byte', async () => {
    const dirs = [1, 2, 3].map((k) => join(tmp, `s${k}`));
    for (const [i, dir] of dirs.entries()) {
      const { code } = await cli(
        'run',
        join(root, SCENARIO),
        '--shard',
        `${i + 1}/3`,
        '--workers',
        '1',
        '--format',
        'json',
        '--out',
        dir,
      );
      expect(code).toBe(0);
      const shard = JSON.parse(reportOf(dir));
      expect(shard.shard).toMatchObject({ index: i + 1, count: 3, fleetSize: 300 });
      expect(shard.machines).toHaveLength(100);
      expect(shard.reproduce).toMatch(new RegExp(`--shard ${i + 1}/3$`));
    }
    const merged = await cli(
      'merge',
      ...dirs.map((d) => join(d, 'mixed-fleet-24-months')),
      '--out',
      join(tmp, 'merged'),
    );
    expect(merged.code).toBe(0);
    expect(merged.out).toContain('pass: 300 machines from 3 shards');
    await cli('run', join(root, SCENARIO), '--workers', '1', '--format', 'json', '--out', join(tmp, 'whole'));
    expect(reportOf(join(tmp, 'merged'))).toBe(reportOf(join(tmp, 'whole')));
  }, 60_000);

  it('exits 2 on a bad --shard or --workers, and on shards that do not make a whole', async () => {
    const bad = await cli('run', join(root, SCENARIO), '--shard', '4/3');
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('--shard: expected k/n with 1 <= k <= n (e.g. 2/4), got "4/3"');
    const zero = await cli('run', join(root, SCENARIO), '--workers', '0');
    expect(zero.code).toBe(2);
    expect(zero.err).toBe('--workers: expected a positive integer, got "0"');
    const missing = await cli('merge', join(tmp, 's1/mixed-fleet-24-months'));
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('merge: shard 2/3, 3/3 missing');
    const whole = await cli('merge', join(tmp, 'whole/mixed-fleet-24-months/report.json'));
    expect(whole.err).toMatch(/whole\/mixed-fleet-24-months\/report.json: not the report of a shard/);
  }, 60_000);

  it('keeps runs up to a million machine-months in the main thread, and gives larger ones one worker per core', () => {
    expect(threadsFor(300 * 24, 300, undefined, 2)).toEqual({ inProcess: true, workers: 1 });
    expect(threadsFor(10_000 * 24, 10_000, undefined, 2)).toEqual({ inProcess: true, workers: 1 });
    expect(threadsFor(15_000 * 24, 15_000, undefined, 2)).toEqual({ inProcess: false, workers: 1 });
    expect(threadsFor(50_000 * 24, 50_000, undefined, 2)).toEqual({ inProcess: false, workers: 2 });
    expect(threadsFor(100_000 * 24, 100_000, undefined, 2)).toEqual({ inProcess: false, workers: 2 });
    expect(threadsFor(100_000 * 24, 100_000, undefined, 1)).toEqual({ inProcess: false, workers: 1 });
    expect(threadsFor(3 * 24, 3, 8, 2)).toEqual({ inProcess: false, workers: 3 });
    expect(threadsFor(100_000 * 24, 100_000, 1, 2)).toEqual({ inProcess: true, workers: 1 });
  });
});
