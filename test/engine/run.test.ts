import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import { fleetMonth, healthy, machineMonth, run, scenario, summary } from './scenario-helpers.js';

// Expected values come from DOMAIN.md section 5 (the hotpatch calendar and the regular LCU table).

describe('runScenario: the hotpatch cycle (DOMAIN 5)', () => {
  // An enrolled machine and one that is not, from the December 2024 hotpatch through 2025-09
  // (before the October 2025 incidents).
  const cycle = run({
    period: { from: '2025-01', to: '2025-09' },
    fleet: [
      { name: 'hp', ...healthy, hotpatch: 'enabled', installed: 'KB5048794' },
      { name: 'plain', ...healthy, hotpatch: 'disabled', installed: 'KB5048794' },
    ],
  });

  it.each([
    ['2025-01', 'KB5050009'],
    ['2025-04', 'KB5055523'],
    ['2025-07', 'KB5062553'],
  ])('DOMAIN 5: the %s baseline %s restarts every machine, the enrolled eligible one too', (month, kb) => {
    for (const name of ['hp', 'plain']) {
      expect(summary(cycle, name, month)).toEqual({
        update: kb,
        kind: 'baseline',
        restarts: 1,
        reasons: ['baseline'],
      });
    }
    expect(fleetMonth(cycle, month)).toMatchObject({ machines: 2, hotpatched: 0, restarted: 2, restarts: 2 });
    expect(fleetMonth(cycle, month).reasons).toEqual({ baseline: 2 });
  });

  it.each([
    ['2025-02', 'KB5052105'],
    ['2025-03', 'KB5053636'],
    ['2025-05', 'KB5058497'],
    ['2025-06', 'KB5060841'],
    ['2025-08', 'KB5064010'],
    ['2025-09', 'KB5065474'],
  ])(
    'DOMAIN 5: in hotpatch month %s an enrolled machine with VBS running on the line gets %s without a restart',
    (month, kb) => {
      expect(summary(cycle, 'hp', month)).toEqual({ update: kb, kind: 'hotpatch', restarts: 0, reasons: [] });
    },
  );

  it.each([
    ['2025-02', 'KB5051987', ['not-enrolled']],
    ['2025-05', 'KB5058411', ['not-enrolled']],
    ['2025-08', 'KB5063878', ['not-enrolled']],
    // The month before put it on an LCU, which is off the line as well (DOMAIN 5: only the latest
    // baseline and the hotpatches since lead to the next hotpatch).
    ['2025-03', 'KB5053598', ['not-enrolled', 'off-baseline']],
    ['2025-06', 'KB5060842', ['not-enrolled', 'off-baseline']],
    ['2025-09', 'KB5065426', ['not-enrolled', 'off-baseline']],
  ])(
    'DOMAIN 5: in hotpatch month %s a machine that is not enrolled restarts onto the LCU %s',
    (month, kb, reasons) => {
      expect(summary(cycle, 'plain', month)).toEqual({ update: kb, kind: 'lcu', restarts: 1, reasons });
    },
  );

  it('DOMAIN 5: four restarts a year instead of twelve: the enrolled machine restarts only in baseline months', () => {
    const restarts = cycle.machines.find((m) => m.name === 'hp')?.months.map((m) => m.restarts);
    expect(restarts).toEqual([1, 0, 0, 1, 0, 0, 1, 0, 0]);
    const plain = cycle.machines.find((m) => m.name === 'plain')?.months.map((m) => m.restarts);
    expect(plain).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('DOMAIN 5: the unplanned June 2026 baseline KB5094125 replaces a hotpatch month and restarts everyone', () => {
    const report = run({
      period: { from: '2026-04', to: '2026-06' },
      fleet: [{ name: 'hp', count: 2, ...healthy, hotpatch: 'enabled', installed: 'KB5078736' }],
    });
    for (const name of ['hp-01', 'hp-02']) {
      expect(summary(report, name, '2026-04')).toEqual({
        update: 'KB5082063',
        kind: 'baseline',
        restarts: 1,
        reasons: ['baseline'],
      });
      expect(summary(report, name, '2026-05')).toEqual({
        update: 'KB5087423',
        kind: 'hotpatch',
        restarts: 0,
        reasons: [],
      });
      expect(summary(report, name, '2026-06')).toEqual({
        update: 'KB5094125',
        kind: 'baseline',
        restarts: 1,
        reasons: ['baseline'],
      });
    }
    expect(fleetMonth(report, '2026-06').reasons).toEqual({ baseline: 2 });
  });

  it('DOMAIN 5: past the known data the planned cycle goes on: July baseline, August and September hotpatches, October baseline, November and December hotpatches', () => {
    const report = run({
      period: { from: '2026-07', to: '2026-12' },
      fleet: [{ name: 'hp', ...healthy, hotpatch: 'enabled', installed: 'KB5094125' }],
    });
    const months = report.machines[0]?.months.map((m) => [m.month, m.kind, m.restarts]);
    expect(months).toEqual([
      ['2026-07', 'baseline', 1],
      ['2026-08', 'hotpatch', 0],
      ['2026-09', 'hotpatch', 0],
      ['2026-10', 'baseline', 1],
      ['2026-11', 'hotpatch', 0],
      ['2026-12', 'hotpatch', 0],
    ]);
  });

  it('DOMAIN 1 / 5: the release image (RTM, 26100.1742) is the first base of the line: hotpatches in November and December 2024', () => {
    const report = run({
      period: { from: '2024-11', to: '2025-01' },
      fleet: [{ name: 'hp', ...healthy, hotpatch: 'enabled' }],
    });
    expect(summary(report, 'hp', '2024-11')).toEqual({
      update: 'KB5046696',
      kind: 'hotpatch',
      restarts: 0,
      reasons: [],
    });
    expect(summary(report, 'hp', '2024-12')).toEqual({
      update: 'KB5048794',
      kind: 'hotpatch',
      restarts: 0,
      reasons: [],
    });
    expect(summary(report, 'hp', '2025-01')).toEqual({
      update: 'KB5050009',
      kind: 'baseline',
      restarts: 1,
      reasons: ['baseline'],
    });
  });

  it('DESIGN: a scenario event at the very instant of the release runs before Patch Tuesday decides', () => {
    const report = run({
      period: { from: '2025-11', to: '2025-11' },
      knobs: { licenseExpiry: 'always' },
      fleet: [{ name: 'm', ...healthy, hotpatch: 'enabled', installed: 'KB5066835' }],
      events: [{ at: '2025-11-11T18:00', machines: 'all', playbook: 'october-2025-workaround-option-2' }],
    });
    expect(summary(report, 'm', '2025-11')).toEqual({
      update: 'KB5068966',
      kind: 'hotpatch',
      restarts: 1,
      reasons: ['requested'],
    });
  });

  describe('DOMAIN 5: off the line after the out-of-band KB5059087 (April 2025)', () => {
    const report = run({
      period: { from: '2025-04', to: '2025-08' },
      fleet: [
        { name: 'oob', ...healthy, hotpatch: 'enabled', installed: 'KB5053636' },
        { name: 'ref', ...healthy, hotpatch: 'enabled', installed: 'KB5053636' },
      ],
      events: [{ at: '2025-04-17', machines: ['oob'], install: 'KB5059087' }],
    });

    it('DOMAIN 5: installing the out-of-band update restarts the machine for update-install in April', () => {
      expect(summary(report, 'oob', '2025-04')).toEqual({
        update: 'KB5055523',
        kind: 'baseline',
        restarts: 2,
        reasons: ['baseline', 'update-install'],
      });
    });

    it('DOMAIN 5: off the line, the machine gets the restart LCU in May and June, not the hotpatch', () => {
      expect(summary(report, 'oob', '2025-05')).toEqual({
        update: 'KB5058411',
        kind: 'lcu',
        restarts: 1,
        reasons: ['off-baseline'],
      });
      expect(summary(report, 'oob', '2025-06')).toEqual({
        update: 'KB5060842',
        kind: 'lcu',
        restarts: 1,
        reasons: ['off-baseline'],
      });
    });

    it('DOMAIN 5: the next baseline (July 2025) brings it back, and August is a hotpatch again', () => {
      expect(summary(report, 'oob', '2025-07')).toEqual({
        update: 'KB5062553',
        kind: 'baseline',
        restarts: 1,
        reasons: ['baseline'],
      });
      expect(summary(report, 'oob', '2025-08')).toEqual({
        update: 'KB5064010',
        kind: 'hotpatch',
        restarts: 0,
        reasons: [],
      });
    });

    it('DOMAIN 5: a machine of the same fleet that did not install it stays on the line', () => {
      expect(summary(report, 'ref', '2025-05').kind).toBe('hotpatch');
      expect(summary(report, 'ref', '2025-06').kind).toBe('hotpatch');
    });
  });
});

describe('runScenario: manual updates (DESIGN scenario format, updates.mode)', () => {
  const manual = (events: object[] = []) =>
    run({
      period: { from: '2025-01', to: '2025-03' },
      updates: { mode: 'manual' },
      fleet: [{ name: 'm', count: 2, ...healthy, hotpatch: 'enabled', installed: 'KB5048794' }],
      events: events as never,
    });

  it('DOMAIN 5 / DESIGN manual mode: nothing installs by itself: every month is none with 0 restarts', () => {
    const report = manual();
    for (const m of report.machines) {
      for (const month of m.months) {
        expect(month).toEqual({ month: month.month, update: null, kind: 'none', restarts: 0, reasons: [] });
      }
    }
    expect(report.months.map((m) => m.restarts)).toEqual([0, 0, 0]);
    expect(report.events.filter((e) => e.type === 'update-installed' || e.type === 'restart')).toEqual([]);
  });

  it('DESIGN manual mode: an install of the month’s LCU restarts for update-install and makes the month an lcu month', () => {
    const report = manual([{ at: '2025-02-12', machines: ['m-01'], install: 'KB5051987' }]);
    expect(summary(report, 'm-01', '2025-02')).toEqual({
      update: 'KB5051987',
      kind: 'lcu',
      restarts: 1,
      reasons: ['update-install'],
    });
    expect(summary(report, 'm-02', '2025-02')).toEqual({
      update: null,
      kind: 'none',
      restarts: 0,
      reasons: [],
    });
    expect(summary(report, 'm-01', '2025-03')).toEqual({
      update: null,
      kind: 'none',
      restarts: 0,
      reasons: [],
    });
    expect(fleetMonth(report, '2025-02').reasons).toEqual({ 'update-install': 1 });
  });

  it('DESIGN manual mode: an install of the month’s hotpatch makes it a hotpatch month without a restart', () => {
    // The hotpatch needs its baseline (DOMAIN 5): the operator installs January's first.
    const report = manual([
      { at: '2025-01-20', machines: ['m-01'], install: 'KB5050009' },
      { at: '2025-02-12', machines: ['m-01'], install: 'KB5052105' },
    ]);
    expect(summary(report, 'm-01', '2025-02')).toEqual({
      update: 'KB5052105',
      kind: 'hotpatch',
      restarts: 0,
      reasons: [],
    });
  });

  it('DOMAIN 5 manual mode: a hotpatch whose baseline the machine skipped does not install', () => {
    const report = manual([{ at: '2025-02-12', machines: ['m-01'], install: 'KB5052105' }]);
    expect(summary(report, 'm-01', '2025-02')).toEqual({
      update: null,
      kind: 'none',
      restarts: 0,
      reasons: [],
    });
  });
});

describe('runScenario: determinism (DESIGN principle 2)', () => {
  const mixed = scenario({
    seed: 99,
    period: { from: '2025-09', to: '2026-02' },
    knobs: { licenseExpiry: 'random' },
    fleet: [
      { name: 'web', count: 6, ...healthy, hotpatch: 'enabled', installed: 'KB5065474' },
      { name: 'db', edition: 'datacenter', hotpatch: 'disabled', installed: 'KB5065474' },
    ],
    events: [
      { at: '2025-10-23', machines: ['web-02'], install: 'KB5070881' },
      { at: '2025-11-03', machines: ['web-03'], playbook: 'october-2025-workaround-option-2' },
      { at: '2025-09-20', machines: ['db'], hotpatch: 'enable' },
    ],
  });

  it('DESIGN 2: the same scenario and seed give byte-identical reports', () => {
    expect(JSON.stringify(runScenario(mixed))).toBe(JSON.stringify(runScenario(mixed)));
  });

  it('DESIGN 2: the run does not change the scenario it is given', () => {
    const before = JSON.stringify(mixed);
    runScenario(mixed);
    expect(JSON.stringify(mixed)).toBe(before);
  });

  it('DESIGN: --seed overrides the scenario’s seed in the report', () => {
    expect(runScenario(mixed, { seed: 5 }).seed).toBe(5);
    expect(runScenario(mixed).seed).toBe(99);
  });

  it('reports progress from 0 to the number of months, never going back', () => {
    const seen: Array<[number, number]> = [];
    runScenario(mixed, { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen[0]).toEqual([0, 6]);
    expect(seen.at(-1)).toEqual([6, 6]);
    for (let i = 1; i < seen.length; i++) expect(seen[i]?.[0]).toBeGreaterThanOrEqual(seen[i - 1]?.[0] ?? 0);
  });

  it('DESIGN report format: each machine has one entry per month of the period, in order', () => {
    const report = runScenario(mixed);
    expect(report.machines.map((m) => m.name)).toEqual([
      'web-01',
      'web-02',
      'web-03',
      'web-04',
      'web-05',
      'web-06',
      'db',
    ]);
    for (const m of report.machines) {
      expect(m.months.map((x) => x.month)).toEqual([
        '2025-09',
        '2025-10',
        '2025-11',
        '2025-12',
        '2026-01',
        '2026-02',
      ]);
    }
    expect(machineMonth(report, 'db', '2025-09').kind).toBe('none');
  });
});
