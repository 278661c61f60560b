import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../simulators/windows-update/index.js';
import { plantedCatalog } from '../explore/helpers.js';
import { detailsOf, healthy, run, summary } from './scenario-helpers.js';

// Install events are refused as Windows Update would refuse them (src/engine/applicability.ts).
// Expected values: DOMAIN.md sections 1, 5 and 6A; each test was a bug exploration found
// (test/explore/found/).

const az = { name: 'az', edition: 'datacenter-azure-edition', platform: 'azure', arc: 'none' } as const;

describe('install events: DOMAIN 5, every release has its date', () => {
  it('DOMAIN 5: an update does not install before its release date; its Patch Tuesday brings it', () => {
    const report = run({
      period: { from: '2025-10', to: '2025-10' },
      fleet: [{ name: 'web' }],
      events: [{ at: '2025-10-01T00:00', machines: ['web'], install: 'KB5066835' }],
    });
    expect(detailsOf(report, 'web', 'update-installed')[0]).toBe(
      'KB5066835 not applicable: not released until 2025-10-14',
    );
    expect(summary(report, 'web', '2025-10')).toEqual({
      update: 'KB5066835',
      kind: 'baseline',
      restarts: 1,
      reasons: ['baseline'],
    });
  });

  it('DOMAIN 5: on its release day it installs', () => {
    const report = run({
      period: { from: '2025-10', to: '2025-10' },
      updates: { mode: 'manual' },
      fleet: [{ name: 'web', installed: 'KB5065474' }],
      events: [{ at: '2025-10-14T09:00', machines: ['web'], install: 'KB5066835' }],
    });
    expect(detailsOf(report, 'web', 'update-installed')[0]).toMatch(/^KB5066835 \(baseline/);
  });
});

describe('install events: DOMAIN 1, a hotpatch needs VBS running', () => {
  it('DOMAIN 1: a Gen 1 VM (VBS can never run) is refused the hotpatch', () => {
    const report = run({
      period: { from: '2025-11', to: '2025-11' },
      updates: { mode: 'manual' },
      fleet: [{ name: 'legacy', platform: 'hyperv-gen1', vbs: 'disabled', installed: 'KB5066835' }],
      events: [{ at: '2025-11-12T09:00', machines: ['legacy'], install: 'KB5068966' }],
    });
    expect(detailsOf(report, 'legacy', 'update-installed')).toEqual([
      'KB5068966 not applicable: a hotpatch needs VBS running (VirtualizationBasedSecurityStatus 0)',
    ]);
    expect(summary(report, 'legacy', '2025-11')).toMatchObject({ kind: 'none', restarts: 0 });
  });

  it('DOMAIN 1: the same hotpatch installs, without restart, on a machine whose VBS runs', () => {
    const report = run({
      period: { from: '2025-11', to: '2025-11' },
      updates: { mode: 'manual' },
      fleet: [{ name: 'web', ...healthy, installed: 'KB5066835' }],
      events: [{ at: '2025-11-12T09:00', machines: ['web'], install: 'KB5068966' }],
    });
    expect(summary(report, 'web', '2025-11')).toMatchObject({ update: 'KB5068966', restarts: 0 });
  });
});

describe('DOMAIN 6A: KB5070893 does not bring back a machine KB5070881 took off the line', () => {
  const sketch = {
    period: { from: '2025-10', to: '2026-01' },
    fleet: [{ ...az, installed: 'KB5066835' }],
    events: [
      { at: '2025-10-23T12:00', machines: ['az'], install: 'KB5070881' },
      { at: '2025-10-24T12:00', machines: ['az'], install: 'KB5070893' },
    ],
  };

  it('DOMAIN 6A: restart updates in November and December, back on the line with the January 2026 baseline', () => {
    const report = run(sketch);
    expect(summary(report, 'az', '2025-11')).toEqual({
      update: 'KB5068861',
      kind: 'lcu',
      restarts: 1,
      reasons: ['off-baseline'],
    });
    expect(summary(report, 'az', '2025-12')).toMatchObject({ update: 'KB5072033', kind: 'lcu' });
    expect(summary(report, 'az', '2026-01')).toMatchObject({ update: 'KB5073379', kind: 'baseline' });
  });

  it('DOMAIN 6A: an install event of the November hotpatch over KB5070881 then KB5070893 is refused', () => {
    const report = run({
      ...sketch,
      period: { from: '2025-10', to: '2025-11' },
      updates: { mode: 'manual' },
      events: [...sketch.events, { at: '2025-11-12T09:00', machines: ['az'], install: 'KB5068966' }],
    });
    expect(detailsOf(report, 'az', 'update-installed').at(-1)).toBe(
      'KB5068966 not applicable: a hotpatch for another base; the machine runs KB5070893 over KB5070881, which took it off the hotpatch line',
    );
  });

  it('DOMAIN 6A: KB5070893 straight over the October baseline keeps the machine on the line', () => {
    const report = run({ ...sketch, events: [sketch.events[1] as (typeof sketch.events)[number]] });
    expect(summary(report, 'az', '2025-11')).toMatchObject({
      update: 'KB5068966',
      kind: 'hotpatch',
      restarts: 0,
    });
  });

  it('the catalog and rules decide: a catalog whose November hotpatch lists KB5070881 as a base lets it through', () => {
    const report = run(sketch, {
      catalog: plantedCatalog('KB5068966', ['KB5066835', 'KB5070893', 'KB5070881']),
      rules: defaultRules().filter((r) => r.id !== 'october-2025-exact-update'),
    });
    expect(summary(report, 'az', '2025-11')).toMatchObject({ update: 'KB5068966', kind: 'hotpatch' });
  });
});
