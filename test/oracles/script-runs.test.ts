import { describe, expect, it } from 'vitest';
import { isWorkaroundScript, scriptRunsOn, workaroundPlaybooksOn } from '../../src/oracles/script-runs.js';
import type { Report } from '../../src/report/types.js';
import { scenario } from './helpers.js';

describe('scriptRunsOn: the run: events a machine gets, from the scenario', () => {
  const s = scenario({
    period: { from: '2025-11', to: '2025-11' },
    fleet: [
      { name: 'web', count: 2 },
      { name: 'db', count: 1 },
    ],
    events: [
      { at: '2025-11-01T10:00', machines: ['web'], run: 'scripts/workaround-option-2.ps1', confirm: true },
      { at: '2025-11-02', machines: ['web-02', 'db'], run: '..\\x\\check-vbs.ps1' },
      { at: '2025-11-03', machines: 'all', restart: true },
      { at: '2025-11-04', machines: 'all', run: 'enable-vbs.ps1' },
    ],
  });

  it('resolves templates, names and all; keeps only the file name; confirm defaults to no', () => {
    expect(scriptRunsOn(s, 'web-02')).toEqual([
      { at: Date.parse('2025-11-01T10:00:00Z'), script: 'workaround-option-2.ps1', confirm: true },
      { at: Date.parse('2025-11-02T00:00:00Z'), script: 'check-vbs.ps1', confirm: false },
      { at: Date.parse('2025-11-04T00:00:00Z'), script: 'enable-vbs.ps1', confirm: false },
    ]);
    expect(scriptRunsOn(s, 'db').map((r) => r.script)).toEqual(['check-vbs.ps1', 'enable-vbs.ps1']);
    expect(scriptRunsOn(s, 'web-01').map((r) => r.script)).toEqual([
      'workaround-option-2.ps1',
      'enable-vbs.ps1',
    ]);
  });
});

describe('isWorkaroundScript and workaroundPlaybooksOn', () => {
  it('tell the October 2025 workaround scripts from the VBS ones', () => {
    const names = [
      'workaround-option-1-policy.ps1',
      'Workaround-Option-1-Cleanup.ps1',
      'workaround-option-2.ps1',
      'check-vbs.ps1',
      'enable-vbs.ps1',
      'workaround-option-3.ps1',
    ];
    expect(names.filter(isWorkaroundScript)).toEqual(names.slice(0, 3));
  });

  it('find when workaround playbooks started, not their other lines nor other playbooks', () => {
    const event = (detail: string, machine = 'web') => ({
      at: '2025-11-04T21:30:00.000Z',
      machine,
      type: 'playbook' as const,
      detail,
    });
    const report = {
      events: [
        event('october-2025-workaround-option-2: started'),
        event('october-2025-workaround-option-2: succeeded: done'),
        event('enable-hotpatch: started'),
        event('october-2025-workaround-option-1: started', 'db'),
      ],
    } as unknown as Report;
    expect(workaroundPlaybooksOn(report, 'web')).toEqual([Date.parse('2025-11-04T21:30:00Z')]);
    expect(workaroundPlaybooksOn(report, 'db')).toHaveLength(1);
  });
});
