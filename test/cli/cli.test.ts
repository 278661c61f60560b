import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';

const root = join(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'hh-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** Runs the command line in-process; returns its exit code and what it printed. */
async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: unknown) => void out.push(String(line)));
  vi.spyOn(console, 'error').mockImplementation((line: unknown) => void err.push(String(line)));
  const capture = (sink: string[]) => (chunk: unknown) => {
    sink.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture(out));
  vi.spyOn(process.stderr, 'write').mockImplementation(capture(err));
  const code = await main(['node', 'hotpatch-harness', ...args]);
  vi.restoreAllMocks();
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const scenario = (name: string, extra = '') => {
  const file = join(tmp, `${name}.yaml`);
  writeFileSync(
    file,
    `name: ${name}\nperiod: { from: 2025-01, to: 2025-02 }\nfleet:\n  - { name: web, edition: standard, hotpatch: enabled }\n${extra}`,
  );
  return file;
};

describe('run', () => {
  it('writes report.json, .md, .csv and .html into DIR/<name>/ and exits 0 when every expectation holds', async () => {
    const file = scenario(
      'cli-ok',
      'expect:\n  - { month: 2025-02, machine: web, kind: hotpatch, restarts: 0 }\n',
    );
    const { code, out } = await cli('run', file, '--out', join(tmp, 'out'));
    expect(code).toBe(0);
    expect(readdirSync(join(tmp, 'out/cli-ok')).sort()).toEqual([
      'report.csv',
      'report.html',
      'report.json',
      'report.md',
    ]);
    expect(out).toContain(`reproduce: npx hotpatch-harness run ${file} --seed 1`);
  });

  it('exits 1 when an expectation fails, and says which', async () => {
    const file = scenario('cli-fail', 'expect:\n  - { month: 2025-02, machine: web, kind: lcu }\n');
    const { code, out } = await cli('run', file, '--out', join(tmp, 'out'));
    expect(code).toBe(1);
    expect(out).toContain(
      'expectation failed: {"month":"2025-02","machine":"web","kind":"lcu"}, got {"kind":"hotpatch"}',
    );
  });

  it('exits 2 with the file, line and path of a bad field, and no stack trace', async () => {
    const file = join(tmp, 'bad.yaml');
    writeFileSync(
      file,
      'name: bad\nperiod: { from: 2025-01, to: 2025-02 }\nfleet:\n  - name: web\n    platform: hyperv-gen3\n',
    );
    const { code, err } = await cli('run', file, '--out', join(tmp, 'out'));
    expect(code).toBe(2);
    expect(err).toContain(
      `${file}:5: fleet[0].platform: expected one of physical | hyperv-gen1 | hyperv-gen2 | vmware | azure`,
    );
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a fleet the hardware cannot be (VBS running on a Gen 1 VM)', async () => {
    const file = join(tmp, 'gen1.yaml');
    writeFileSync(
      file,
      'name: gen1\nperiod: { from: 2025-01, to: 2025-02 }\nfleet:\n  - { name: old, platform: hyperv-gen1 }\n',
    );
    const { code, err } = await cli('run', file, '--out', join(tmp, 'out'));
    expect(code).toBe(2);
    expect(err).toContain(`${file}:4: fleet[0].vbs: VBS cannot run on hyperv-gen1 with bios firmware`);
  });

  it('exits 2 for a bad --seed, a bad --format, and a missing file', async () => {
    const file = scenario('cli-flags');
    expect((await cli('run', file, '--seed', '-1')).err).toContain(
      '--seed: expected a non-negative integer, got "-1"',
    );
    expect((await cli('run', file, '--format', 'pdf')).code).toBe(2);
    const missing = await cli('run', join(tmp, 'nope.yaml'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('nope.yaml: cannot read the file (ENOENT)');
  });

  it('--seed overrides the scenario seed in the report and the reproduce command', async () => {
    const file = scenario('cli-seed');
    await cli('run', file, '--seed', '42', '--out', join(tmp, 'out'), '--format', 'json');
    const report = JSON.parse(readFileSync(join(tmp, 'out/cli-seed/report.json'), 'utf8'));
    expect(report.seed).toBe(42);
    expect(report.reproduce).toBe(`npx hotpatch-harness run ${file} --seed 42`);
  });
});

describe('schema', () => {
  it('prints a JSON Schema whose top level allows exactly the scenario keys', async () => {
    const { code, out } = await cli('schema');
    expect(code).toBe(0);
    const schema = JSON.parse(out);
    expect(Object.keys(schema.properties).sort()).toEqual(
      [
        'azure',
        'description',
        'events',
        'expect',
        'fleet',
        'knobs',
        'name',
        'period',
        'seed',
        'updates',
      ].sort(),
    );
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('run-all', () => {
  it('runs every scenario of a folder and writes an index page linking each report', async () => {
    const folder = join(tmp, 'suite');
    rmSync(folder, { recursive: true, force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.yaml'), readFileSync(join(root, 'scenarios/vbs-first.yaml')));
    writeFileSync(join(folder, 'b.yaml'), readFileSync(join(root, 'scenarios/late-workaround.yaml')));
    const { code } = await cli('run-all', '--scenarios', folder, '--out', join(tmp, 'all'));
    expect(code).toBe(0);
    const index = readFileSync(join(tmp, 'all/index.html'), 'utf8');
    expect(index).toContain('<a href="vbs-first/report.html">vbs-first</a>');
    expect(index).toContain('<a href="late-workaround/report.html">late-workaround</a>');
  });
});

describe('run events', () => {
  it('run the script on each target machine and log its lines as script-output events', async () => {
    writeFileSync(
      join(tmp, 'hello.ps1'),
      'Write-Output "hello from $env:COMPUTERNAME"\nWrite-Error \'boom\'\n',
    );
    const file = scenario('cli-run', 'events:\n  - { at: 2025-01-05, machines: all, run: hello.ps1 }\n');
    expect((await cli('run', file, '--out', join(tmp, 'out'), '--format', 'json')).code).toBe(0);
    const report = JSON.parse(readFileSync(join(tmp, 'out/cli-run/report.json'), 'utf8'));
    const lines = report.events.filter((e: { type: string }) => e.type.startsWith('script'));
    expect(lines[0]).toEqual({
      at: '2025-01-05T00:00:00.000Z',
      machine: 'web',
      type: 'script-output',
      detail: 'hello.ps1: hello from WEB',
    });
    expect(
      lines.some(
        (e: { type: string; detail: string }) => e.type === 'script-error' && e.detail.includes('boom'),
      ),
    ).toBe(true);
  });

  it('whose script cannot be read exit 2 naming the event and its line', async () => {
    const file = scenario(
      'cli-run-missing',
      'events:\n  - { at: 2025-01-05, machines: all, run: missing.ps1 }\n',
    );
    const { code, err } = await cli('run', file, '--out', join(tmp, 'out'));
    expect(code).toBe(2);
    expect(err).toContain(`${file}:6: events[0].run: cannot read the script (ENOENT)`);
  });
});

describe('a catalog of your own', () => {
  const catalogText = (build: string) =>
    readFileSync(join(root, 'simulators/windows-update/catalog/windows-server-2025.yaml'), 'utf8').replace(
      /build: ["']26100.7092["']/,
      `build: '${build}'`,
    );

  it('is read from updates.catalog, relative to the scenario file', async () => {
    writeFileSync(join(tmp, 'mine.yaml'), catalogText('26100.7093'));
    const file = join(tmp, 'own-catalog.yaml');
    writeFileSync(
      file,
      'name: own-catalog\nperiod: { from: 2025-10, to: 2025-11 }\nknobs: { licenseExpiry: never }\nupdates: { catalog: mine.yaml }\nfleet:\n  - { name: web, edition: standard, hotpatch: enabled, installed: KB5066835 }\n',
    );
    expect((await cli('run', file, '--out', join(tmp, 'out'), '--format', 'json')).code).toBe(0);
    const report = JSON.parse(readFileSync(join(tmp, 'out/own-catalog/report.json'), 'utf8'));
    expect(report.events).toContainEqual(
      expect.objectContaining({
        machine: 'web',
        type: 'update-installed',
        detail: expect.stringContaining('KB5068966 (hotpatch, 26100.7093'),
      }),
    );
  });

  it('that is malformed exits 2 naming the file and the entry', async () => {
    writeFileSync(join(tmp, 'broken.yaml'), catalogText('26100'));
    const { code, err } = await cli(
      'run',
      scenario('cli-broken-catalog'),
      '--catalog',
      join(tmp, 'broken.yaml'),
    );
    expect(code).toBe(2);
    expect(err).toMatch(
      /broken\.yaml: releases\[\d+\] \(KB5068966\): build: expected a build such as 26100\.6899/,
    );
  });

  it('that does not exist exits 2 naming it', async () => {
    const { code, err } = await cli(
      'run',
      scenario('cli-missing-catalog'),
      '--catalog',
      join(tmp, 'absent.yaml'),
    );
    expect(code).toBe(2);
    expect(err).toContain('absent.yaml');
  });
});

describe('serve', () => {
  it('refuses a bad --port with exit code 2', async () => {
    const { code, err } = await cli('serve', scenario('cli-serve'), '--port', '99999');
    expect(code).toBe(2);
    expect(err).toContain('--port: expected a port number 0-65535, got "99999"');
  });
});

describe('explore', () => {
  it('runs generated scenarios, prints the summary and the command that repeats it, exit 0 when every oracle holds', async () => {
    const { code, out } = await cli('explore', '--runs', '5', '--seed', '3', '--out', join(tmp, 'explore'));
    expect(code).toBe(0);
    expect(out).toContain('pass: reproduce with npx hotpatch-harness explore --seed 3 --runs 5');
  });

  it('refuses a bad --runs with exit code 2', async () => {
    const { code, err } = await cli('explore', '--runs', 'many');
    expect(code).toBe(2);
    expect(err).toContain('--runs: expected a positive integer, got "many"');
  });
});

describe('exec', () => {
  it('runs a script on the default machine and prints what the console shows', async () => {
    const { code, out } = await cli('exec', join(root, 'scenarios/scripts/check-vbs.ps1'));
    expect(code).toBe(0);
    expect(out).toBe('VBS is running (status 2).');
  });

  it("runs on a scenario's machine as it stands at --at, and reports a requested restart", async () => {
    const { code, out } = await cli(
      'exec',
      join(root, 'scenarios/scripts/enable-vbs.ps1'),
      '--machine-from',
      `${join(root, 'scenarios/vbs-first.yaml')}:db`,
      '--at',
      '2025-04-20',
    );
    expect(code).toBe(0);
    expect(out).toContain('EnableVirtualizationBasedSecurity set to 1; restarting.');
    expect(out).toContain('[hotpatch-harness] the script asked for a restart at line 11');
  });

  it('exits 2 for an unknown machine or a time before the period', async () => {
    const unknown = await cli(
      'exec',
      join(root, 'scenarios/scripts/check-vbs.ps1'),
      '--machine-from',
      `${join(root, 'scenarios/vbs-first.yaml')}:nope`,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--machine-from: no machine named "nope" (machines: db)');
    const early = await cli('exec', join(root, 'scenarios/scripts/check-vbs.ps1'), '--at', '2020-01-01');
    expect(early.code).toBe(2);
    expect(early.err).toContain("--at: 2020-01-01 is before the scenario's period");
  });

  it("reaches the machine's own HIMDS endpoint through its Connected Machine agent", async () => {
    const script = join(tmp, 'himds.ps1');
    writeFileSync(
      script,
      "$r = Invoke-RestMethod -Uri 'http://localhost:40342/metadata/instance?api-version=2020-06-01' -Headers @{ Metadata = 'true' }\n$r.compute.name\n",
    );
    const { code, out } = await cli('exec', script);
    expect(code).toBe(0);
    expect(out).toBe('server');
  });

  it('exits 2 without a stack trace for a script that does not parse or uses an unemulated construct', async () => {
    const broken = join(tmp, 'broken.ps1');
    writeFileSync(broken, 'if ($x) {\n');
    const parse = await cli('exec', broken);
    expect(parse.code).toBe(2);
    expect(parse.err).toBe(`${broken}:1:10: Missing '}' near ''`);
    const unsupported = join(tmp, 'unsupported.ps1');
    writeFileSync(unsupported, '"before"\nworkflow Test-It { }\n');
    const run = await cli('exec', unsupported);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(
      new RegExp(`^${unsupported.replace(/[.\\]/g, '\\$&')}:2:1: \\[hotpatch-harness\\] not supported`),
    );
    expect(run.err).not.toContain('    at ');
  });
});
