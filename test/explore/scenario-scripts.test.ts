import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPaths, writeScenarioScripts } from '../../src/explore/scenario-scripts.js';
import type { ScenarioInput } from '../../src/scenario/schema.js';

const dir = mkdtempSync(join(tmpdir(), 'hh-scenario-scripts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const at = '2025-11-04T21:30';
const scenario: Pick<ScenarioInput, 'events'> = {
  events: [
    { at, machines: ['web'], run: 'scripts/a.ps1' },
    { at, machines: ['web'], restart: true },
    { at, machines: ['db'], run: 'scripts/a.ps1', confirm: true },
    { at, machines: ['db'], run: 'b.ps1' },
  ],
};
const scripts = new Map([
  ['scripts/a.ps1', 'Write-Output a'],
  ['b.ps1', 'Write-Output b'],
]);

describe('the scripts of a scenario, written beside its file', () => {
  it('lists each run: path once, in event order', () => {
    expect(runPaths(scenario)).toEqual(['scripts/a.ps1', 'b.ps1']);
    expect(runPaths({})).toEqual([]);
  });

  it('writes each at its run: path under the folder, so the paths resolve against the file', async () => {
    const written = await writeScenarioScripts(dir, scenario, scripts);
    expect(written).toEqual([join(dir, 'scripts', 'a.ps1'), join(dir, 'b.ps1')]);
    expect(readFileSync(join(dir, 'scripts', 'a.ps1'), 'utf8')).toBe('Write-Output a');
    expect(readFileSync(join(dir, 'b.ps1'), 'utf8')).toBe('Write-Output b');
  });

  it('refuses a path that leaves the folder, and a script it has no text of', async () => {
    const leaving = { events: [{ at, machines: ['web'], run: '../evil.ps1' }] };
    await expect(writeScenarioScripts(dir, leaving, new Map([['../evil.ps1', 'x']]))).rejects.toThrow(
      'cannot write the script ../evil.ps1 beside the scenario',
    );
    const missing = { events: [{ at, machines: ['web'], run: 'scripts/c.ps1' }] };
    await expect(writeScenarioScripts(dir, missing, scripts)).rejects.toThrow('scripts/c.ps1');
  });
});
