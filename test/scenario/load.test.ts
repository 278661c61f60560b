import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, loadScenarioFile, type Scenario, ScenarioError } from '../../src/scenario/index.js';
import { thrown } from '../support/thrown.js';
import { lines } from './helpers.js';

const YAML = lines(
  '# A small fleet through the October 2025 licensing bug',
  'name: october-2025',
  'description: no', // a YAML 1.1 boolean, a string here
  'period: { from: 2025-09, to: 2026-02 }',
  'knobs:',
  '  licenseExpiry: random',
  'fleet:',
  '  - name: web',
  '    count: 3',
  '    edition: standard',
  '    installed: KB5065474',
  '  - name: db',
  '    platform: hyperv-gen1',
  '    firmware: bios',
  '    secureBoot: false',
  '    hotpatch: enabled',
  'events:',
  '  - at: 2025-10-23',
  '    machines: [web-01]',
  '    install: KB5070881',
  '  - at: 2025-11-03T22:00',
  '    machines: all',
  '    run: scripts/remediation-option2.ps1',
  '    confirm: true',
  '  - { at: 2025-11-04, machines: [web, db], restart: true }',
  'expect:',
  '  - { month: 2025-11, machine: web-01, restarts: 1, kind: lcu }',
);

const JSON_TEXT = `{
  "name": "october-2025",
  "description": "no",
  "period": { "from": "2025-09", "to": "2026-02" },
  "knobs": { "licenseExpiry": "random" },
  "fleet": [
    { "name": "web", "count": 3, "edition": "standard", "installed": "KB5065474" },
    { "name": "db", "platform": "hyperv-gen1", "firmware": "bios", "secureBoot": false, "hotpatch": "enabled" }
  ],
  "events": [
    { "at": "2025-10-23", "machines": ["web-01"], "install": "KB5070881" },
    { "at": "2025-11-03T22:00", "machines": "all", "run": "scripts/remediation-option2.ps1", "confirm": true },
    { "at": "2025-11-04", "machines": ["web", "db"], "restart": true }
  ],
  "expect": [{ "month": "2025-11", "machine": "web-01", "restarts": 1, "kind": "lcu" }]
}`;

const LOADED: Scenario = {
  name: 'october-2025',
  description: 'no',
  seed: 1,
  period: { from: '2025-09', to: '2026-02' },
  knobs: { licenseExpiry: 'random' },
  azure: {
    subscription: '00000000-0000-0000-0000-000000000000',
    resourceGroup: 'hotpatch-fleet',
    location: 'westeurope',
  },
  updates: { mode: 'automatic' },
  fleet: [
    {
      name: 'web',
      count: 3,
      edition: 'standard',
      installation: 'core',
      platform: 'hyperv-gen2',
      vbs: 'running',
      arc: 'connected',
      hotpatch: 'disabled',
      installed: 'KB5065474',
      cores: 4,
    },
    {
      name: 'db',
      count: 1,
      edition: 'datacenter',
      installation: 'core',
      platform: 'hyperv-gen1',
      firmware: 'bios',
      secureBoot: false,
      vbs: 'running',
      arc: 'connected',
      hotpatch: 'enabled',
      cores: 4,
    },
  ],
  events: [
    { at: '2025-10-23', machines: ['web-01'], install: 'KB5070881' },
    { at: '2025-11-03T22:00', machines: 'all', run: 'scripts/remediation-option2.ps1', confirm: true },
    { at: '2025-11-04', machines: ['web', 'db'], restart: true },
  ],
  expect: [{ month: '2025-11', machine: 'web-01', restarts: 1, kind: 'lcu' }],
};

describe('loadScenario', () => {
  it('reads YAML 1.2 and applies every default', () => {
    expect(loadScenario(YAML, 'scenarios/october.yaml')).toStrictEqual(LOADED);
  });

  it('reads the same scenario written as JSON into an equal object', () => {
    expect(loadScenario(JSON_TEXT, 'scenarios/october.json')).toStrictEqual(LOADED);
    expect(loadScenario(JSON_TEXT, 'from-stdin')).toStrictEqual(LOADED);
  });

  it('ignores a byte order mark', () => {
    expect(loadScenario(`\uFEFF${YAML}`, 'bom.yaml')).toStrictEqual(LOADED);
    expect(loadScenario(`\uFEFF${JSON_TEXT}`, 'bom.json')).toStrictEqual(LOADED);
  });

  it('checks KBs against the catalog only when one is given', () => {
    const catalog = new Set(['KB5065474', 'KB5070881']);
    expect(loadScenario(YAML, 'a.yaml', { knownKbs: catalog })).toStrictEqual(LOADED);
  });
});

describe('loadScenarioFile', () => {
  it('reads the file and names it in errors', () => {
    const folder = mkdtempSync(join(tmpdir(), 'scenario-'));
    const good = join(folder, 'good.yaml');
    const bad = join(folder, 'bad.yaml');
    writeFileSync(good, YAML);
    writeFileSync(bad, YAML.replace('kind: lcu', 'kind: lcu, colour: red'));
    expect(loadScenarioFile(good)).toStrictEqual(LOADED);
    expect((thrown(() => loadScenarioFile(bad)) as Error).message).toBe(
      `${bad}:27: expect[0]: unknown key "colour"`,
    );
  });

  it('reports a file it cannot read as a ScenarioError naming it', () => {
    const missing = join(tmpdir(), 'no-such-folder-for-scenarios', 'x.yaml');
    const error = thrown(() => loadScenarioFile(missing));
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as ScenarioError).message).toBe(`${missing}: cannot read the file (ENOENT)`);
    expect((error as ScenarioError).file).toBe(missing);
  });
});
