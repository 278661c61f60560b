import { describe, expect, it } from 'vitest';
import { expandFleet, type FleetEntry, resolveTargets } from '../../src/scenario/index.js';
import { thrown } from '../support/thrown.js';

function template(name: string, count: number, extra: Partial<FleetEntry> = {}): FleetEntry {
  return {
    name,
    count,
    edition: 'datacenter',
    installation: 'core',
    platform: 'hyperv-gen2',
    vbs: 'running',
    arc: 'connected',
    hotpatch: 'disabled',
    cores: 4,
    ...extra,
  };
}

const FLEET = [template('web', 3), template('db', 1), template('app', 2)];

describe('expandFleet', () => {
  it('names a single machine after its template, and keeps every setting but count', () => {
    expect(expandFleet([template('db', 1, { edition: 'standard', installed: 'KB5065474' })])).toStrictEqual([
      {
        name: 'db',
        template: 'db',
        edition: 'standard',
        installation: 'core',
        platform: 'hyperv-gen2',
        vbs: 'running',
        arc: 'connected',
        hotpatch: 'disabled',
        installed: 'KB5065474',
        cores: 4,
      },
    ]);
  });

  it('numbers several machines from 01, in fleet order', () => {
    const machines = expandFleet(FLEET);
    expect(machines.map((m) => [m.name, m.template])).toStrictEqual([
      ['web-01', 'web'],
      ['web-02', 'web'],
      ['web-03', 'web'],
      ['db', 'db'],
      ['app-01', 'app'],
      ['app-02', 'app'],
    ]);
  });

  it('pads to as many digits as the count has, at least two', () => {
    const ten = expandFleet([template('web', 10)]).map((m) => m.name);
    expect([ten[0], ten[8], ten[9]]).toStrictEqual(['web-01', 'web-09', 'web-10']);
    const hundred = expandFleet([template('web', 100)]).map((m) => m.name);
    expect(hundred).toHaveLength(100);
    expect([hundred[0], hundred[8], hundred[9], hundred[98], hundred[99]]).toStrictEqual([
      'web-001',
      'web-009',
      'web-010',
      'web-099',
      'web-100',
    ]);
    expect(new Set(hundred).size).toBe(100);
  });
});

describe('resolveTargets', () => {
  const machines = expandFleet(FLEET);

  it('selects every machine for all', () => {
    const every = ['web-01', 'web-02', 'web-03', 'db', 'app-01', 'app-02'];
    expect(resolveTargets('all', machines)).toStrictEqual(every);
    expect(resolveTargets(['db', 'all'], machines)).toStrictEqual(every);
  });

  it('selects a template as all of its machines, in fleet order, each once', () => {
    expect(resolveTargets(['app', 'db', 'web-02'], machines)).toStrictEqual([
      'web-02',
      'db',
      'app-01',
      'app-02',
    ]);
    expect(resolveTargets(['web-03', 'web', 'web-01', 'web'], machines)).toStrictEqual([
      'web-01',
      'web-02',
      'web-03',
    ]);
  });

  it('throws on a name that selects nothing', () => {
    expect((thrown(() => resolveTargets(['web', 'mail', 'web-04'], machines)) as Error).message).toBe(
      'no machine or template is named "mail", "web-04"',
    );
  });
});
