import { describe, expect, it } from 'vitest';
import { restartMachine } from '../../src/engine/machine-actions.js';
import { updateTarget } from '../../src/engine/patch-tuesday-step.js';
import {
  detailsOf,
  driveTo,
  healthy,
  member,
  patchTuesday,
  run,
  summary,
  worldOf,
} from './scenario-helpers.js';

// Expected values: DOMAIN.md sections 5 and 6A, and the knobs of DESIGN.md / DOMAIN.md (ASSUME).

describe('Patch Tuesday: the October 2025 updates (DOMAIN 6A)', () => {
  // licenseExpiry: never isolates 6A from the licensing issue of 6B.
  const october = (install: string) =>
    run({
      period: { from: '2025-10', to: '2026-02' },
      knobs: { licenseExpiry: 'never' },
      fleet: [{ name: 'm', ...healthy, hotpatch: 'enabled', installed: 'KB5065474' }],
      events: [{ at: install === 'KB5070893' ? '2025-10-24' : '2025-10-23', machines: 'all', install }],
    });

  describe('KB5070881 (out-of-band, 26100.6905)', () => {
    const report = october('KB5070881');

    it('DOMAIN 6A: the October baseline, then KB5070881 restarts the machine once more for update-install', () => {
      expect(summary(report, 'm', '2025-10')).toEqual({
        update: 'KB5066835',
        kind: 'baseline',
        restarts: 2,
        reasons: ['baseline', 'update-install'],
      });
    });

    it('DOMAIN 6A: KB5070881 gives no hotpatch in November and December 2025, the restart LCUs instead', () => {
      expect(summary(report, 'm', '2025-11')).toEqual({
        update: 'KB5068861',
        kind: 'lcu',
        restarts: 1,
        reasons: ['off-baseline'],
      });
      expect(summary(report, 'm', '2025-12')).toEqual({
        update: 'KB5072033',
        kind: 'lcu',
        restarts: 1,
        reasons: ['off-baseline'],
      });
    });

    it('DOMAIN 6A: after KB5070881, the January 2026 baseline, then the February 2026 hotpatch', () => {
      expect(summary(report, 'm', '2026-01')).toEqual({
        update: 'KB5073379',
        kind: 'baseline',
        restarts: 1,
        reasons: ['baseline'],
      });
      expect(summary(report, 'm', '2026-02')).toEqual({
        update: 'KB5075942',
        kind: 'hotpatch',
        restarts: 0,
        reasons: [],
      });
    });
  });

  it('DOMAIN 6A: KB5070893 (same build 26100.6905) keeps the hotpatch line: November and December hotpatches', () => {
    const report = october('KB5070893');
    expect(summary(report, 'm', '2025-11')).toEqual({
      update: 'KB5068966',
      kind: 'hotpatch',
      restarts: 0,
      reasons: [],
    });
    expect(summary(report, 'm', '2025-12')).toEqual({
      update: 'KB5072014',
      kind: 'hotpatch',
      restarts: 0,
      reasons: [],
    });
  });

  it('DOMAIN 6A (INFER): KB5070773 counts as "any other October update": LCUs through the January baseline', () => {
    const report = october('KB5070773');
    expect(summary(report, 'm', '2025-11')).toMatchObject({ update: 'KB5068861', kind: 'lcu', restarts: 1 });
    expect(summary(report, 'm', '2025-12')).toMatchObject({ update: 'KB5072033', kind: 'lcu', restarts: 1 });
    expect(summary(report, 'm', '2026-01').kind).toBe('baseline');
    expect(summary(report, 'm', '2026-02').kind).toBe('hotpatch');
  });

  it('DOMAIN 6A: on exactly KB5066835 (the October baseline) the November and December hotpatches install', () => {
    const report = run({
      period: { from: '2025-10', to: '2025-12' },
      knobs: { licenseExpiry: 'never' },
      fleet: [{ name: 'm', ...healthy, hotpatch: 'enabled', installed: 'KB5065474' }],
    });
    expect(summary(report, 'm', '2025-11')).toMatchObject({
      update: 'KB5068966',
      kind: 'hotpatch',
      restarts: 0,
    });
    expect(summary(report, 'm', '2025-12')).toMatchObject({
      update: 'KB5072014',
      kind: 'hotpatch',
      restarts: 0,
    });
  });
});

describe('Patch Tuesday: Azure Edition (DOMAIN 1)', () => {
  it('DOMAIN 1: Azure Edition gets hotpatches without Arc, hotpatch on by default', () => {
    const report = run({
      period: { from: '2025-01', to: '2025-03' },
      fleet: [
        {
          name: 'az',
          edition: 'datacenter-azure-edition',
          platform: 'azure',
          arc: 'none',
          vbs: 'running',
          installed: 'KB5048794',
        },
      ],
    });
    expect(summary(report, 'az', '2025-01').kind).toBe('baseline');
    expect(summary(report, 'az', '2025-02')).toEqual({
      update: 'KB5052105',
      kind: 'hotpatch',
      restarts: 0,
      reasons: [],
    });
    expect(summary(report, 'az', '2025-03')).toEqual({
      update: 'KB5053636',
      kind: 'hotpatch',
      restarts: 0,
      reasons: [],
    });
  });
});

describe('Patch Tuesday: a disconnected machine (ASSUME knob disconnectedLicense)', () => {
  const disconnected = (disconnectedLicense?: 'kept' | 'lost') =>
    run({
      period: { from: '2025-02', to: '2025-02' },
      ...(disconnectedLicense ? { knobs: { disconnectedLicense } } : {}),
      fleet: [{ name: 'm', ...healthy, hotpatch: 'enabled', installed: 'KB5050009' }],
      events: [{ at: '2025-02-01', machines: 'all', fault: 'arc-disconnect' }],
    });

  it("ASSUME disconnectedLicense 'lost': a disconnected enrolled machine gets the LCU with not-enrolled", () => {
    const report = disconnected('lost');
    expect(summary(report, 'm', '2025-02')).toEqual({
      update: 'KB5051987',
      kind: 'lcu',
      restarts: 1,
      reasons: ['not-enrolled'],
    });
    expect(report.months[0]?.reasons).toEqual({ 'not-enrolled': 1 });
  });

  it("ASSUME disconnectedLicense 'kept': a disconnected enrolled machine still gets the hotpatch", () => {
    expect(summary(disconnected('kept'), 'm', '2025-02')).toEqual({
      update: 'KB5052105',
      kind: 'hotpatch',
      restarts: 0,
      reasons: [],
    });
  });

  it("ASSUME disconnectedLicense: the default is 'kept'", () => {
    expect(summary(disconnected(), 'm', '2025-02').kind).toBe('hotpatch');
    expect(disconnected().assumptions.find((a) => a.knob === 'disconnectedLicense')?.value).toBe('kept');
  });

  it("ASSUME disconnectedLicense 'lost': a machine that starts with arc: disconnected is not enrolled at Patch Tuesday", () => {
    const report = run({
      period: { from: '2025-02', to: '2025-02' },
      knobs: { disconnectedLicense: 'lost' },
      fleet: [{ name: 'm', ...healthy, arc: 'disconnected', hotpatch: 'enabled', installed: 'KB5050009' }],
    });
    expect(summary(report, 'm', '2025-02')).toMatchObject({ kind: 'lcu', reasons: ['not-enrolled'] });
  });

  it("ASSUME disconnectedLicense 'lost': reconnected before Patch Tuesday, the machine gets the hotpatch", () => {
    const report = run({
      period: { from: '2025-02', to: '2025-02' },
      knobs: { disconnectedLicense: 'lost' },
      fleet: [{ name: 'm', ...healthy, hotpatch: 'enabled', installed: 'KB5050009' }],
      events: [
        { at: '2025-02-01', machines: 'all', fault: 'arc-disconnect' },
        { at: '2025-02-05', machines: 'all', fault: 'arc-reconnect' },
      ],
    });
    expect(summary(report, 'm', '2025-02').kind).toBe('hotpatch');
  });
});

describe('Patch Tuesday: VBS (DOMAIN 1 and 2)', () => {
  it('DOMAIN 1 / 2: an enrolled machine whose VBS was turned off (value removed, restarted) gets the LCU for vbs-not-running', () => {
    const world = worldOf({
      period: { from: '2025-02', to: '2025-02' },
      fleet: [{ name: 'm', ...healthy, hotpatch: 'enabled', installed: 'KB5050009' }],
    });
    const fm = member(world, 'm');
    driveTo(world, '2025-02-05');
    fm.machine.registry.deleteValue(
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard',
      'EnableVirtualizationBasedSecurity',
    );
    expect(fm.vbsRunning).toBe(true); // settings take effect only at the next boot (DOMAIN 2)
    restartMachine(world, fm, 'requested');
    expect(fm.machine.boot.vbs.status).toBe(0);
    patchTuesday(world, '2025-02');
    expect(world.ledger.machineMonths('m')[0]).toEqual({
      month: '2025-02',
      update: 'KB5051987',
      kind: 'lcu',
      restarts: 2,
      reasons: ['requested', 'vbs-not-running'],
    });
  });

  it('DOMAIN 2: VBS turned off without a restart still runs at Patch Tuesday: the hotpatch', () => {
    const world = worldOf({
      period: { from: '2025-02', to: '2025-02' },
      fleet: [{ name: 'm', ...healthy, hotpatch: 'enabled', installed: 'KB5050009' }],
    });
    member(world, 'm').machine.registry.deleteValue(
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard',
      'EnableVirtualizationBasedSecurity',
    );
    patchTuesday(world, '2025-02');
    expect(world.ledger.machineMonths('m')[0]).toMatchObject({
      update: 'KB5052105',
      kind: 'hotpatch',
      restarts: 0,
    });
  });
});

describe('updateTarget: what Windows Update is told of a machine', () => {
  it('DOMAIN 1 / 2: an enrolled connected machine with VBS running is enrolled, VBS running, licensed', () => {
    const world = worldOf({
      period: { from: '2025-02', to: '2025-02' },
      fleet: [{ name: 'm', ...healthy, hotpatch: 'enabled', installed: 'KB5050009' }],
    });
    driveTo(world, '2025-02-02');
    expect(updateTarget(world, member(world, 'm'))).toEqual({
      kb: 'KB5050009',
      lineKb: 'KB5050009',
      build: '26100.2894',
      editionSupported: true,
      vbsRunning: true,
      enrolled: true,
      licenseValid: true,
    });
  });

  it('DOMAIN 2: a machine whose VBS is only configured, not running, is reported as such', () => {
    const world = worldOf({
      period: { from: '2025-02', to: '2025-02' },
      fleet: [{ name: 'm', ...healthy, vbs: 'configured', installed: 'KB5050009' }],
    });
    expect(updateTarget(world, member(world, 'm'))).toMatchObject({ vbsRunning: false, enrolled: false });
  });
});

describe('Patch Tuesday after a failed restart: Windows Update finishes a pending restart first (DOMAIN 5, INFER)', () => {
  const az = { name: 'az', edition: 'datacenter-azure-edition', platform: 'azure', arc: 'none' } as const;
  const pending = (faults: readonly string[]) =>
    run({
      period: { from: '2025-10', to: '2025-12' },
      fleet: [{ ...az, installed: 'KB5066835' }],
      events: [
        ...faults.map((at) => ({ at, machines: ['az'], fault: 'restart-fails' as const })),
        { at: '2025-10-23T12:00', machines: ['az'], install: 'KB5070881' },
      ],
    });

  it('DOMAIN 5 / 6A: the pending KB5070881 restarts first, then the month is decided on it: the LCU, no hotpatch', () => {
    const report = pending(['2025-10-23T10:00']);
    expect(summary(report, 'az', '2025-11')).toEqual({
      update: 'KB5068861',
      kind: 'lcu',
      restarts: 2,
      reasons: ['off-baseline', 'update-install'],
    });
    const restarts = report.events.filter((e) => e.machine === 'az' && e.type === 'restart');
    expect(restarts.map((e) => e.detail).slice(0, 2)).toEqual([
      'update-install; applied KB5070881',
      'off-baseline; applied KB5068861',
    ]);
  });

  it('DOMAIN 5 (INFER): when the pending restart fails again, nothing else installs that month', () => {
    const report = pending(['2025-10-23T10:00', '2025-11-11T12:00']);
    expect(summary(report, 'az', '2025-11')).toMatchObject({ kind: 'none', restarts: 0 });
    expect(summary(report, 'az', '2025-12')).toMatchObject({ update: 'KB5072033', kind: 'lcu' });
  });

  const manual = (pendingKb: string) =>
    run({
      period: { from: '2025-10', to: '2025-11' },
      updates: { mode: 'manual' },
      fleet: [{ ...az, installed: 'KB5066835' }],
      events: [
        { at: '2025-10-24T10:00', machines: ['az'], fault: 'restart-fails' },
        { at: '2025-10-24T12:00', machines: ['az'], install: pendingKb },
        { at: '2025-11-12T09:00', machines: ['az'], install: 'KB5068966' },
      ],
    });

  it('DOMAIN 6A: an install event decides on the update the machine will run after its pending restart', () => {
    const details = detailsOf(manual('KB5070881'), 'az', 'update-installed');
    expect(details.at(-1)).toBe(
      'KB5068966 not applicable: a hotpatch for another base; the machine runs KB5070881',
    );
  });

  it('DOMAIN 5: a hotpatch install event finishes the pending restart first; the hotpatch then needs none', () => {
    const report = manual('KB5070893');
    expect(detailsOf(report, 'az', 'restart')).toEqual(['update-install; applied KB5070893']);
    expect(summary(report, 'az', '2025-11')).toMatchObject({ update: 'KB5068966', restarts: 1 });
    const hotpatch = report.events.find((e) => e.detail.startsWith('KB5068966 (hotpatch'));
    expect(hotpatch?.detail).toContain('no restart needed');
  });
});
