import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { KNOBS } from '../../src/scenario/knobs.js';
import { fleetMonth, healthy, machineMonth, run, scenario, sorted } from './scenario-helpers.js';

// The report as DESIGN.md "Report format v1" describes it, built by runScenario (src/report/build.ts).

const sumOf = (reasons: Partial<Record<string, number>>): number =>
  Object.values(reasons).reduce((a: number, b) => a + (b ?? 0), 0);

describe('report: fleet months', () => {
  const report = run({
    period: { from: '2025-01', to: '2025-02' },
    fleet: [
      { name: 'a', ...healthy, hotpatch: 'enabled', installed: 'KB5048794' },
      { name: 'b', ...healthy, installed: 'KB5048794' },
      { name: 'c', ...healthy, installed: 'KB5048794' },
    ],
    events: [{ at: '2025-02-20', machines: ['c'], restart: true }],
  });

  it('DESIGN: a baseline month: every machine restarted once, all for baseline', () => {
    expect(fleetMonth(report, '2025-01')).toEqual({
      month: '2025-01',
      machines: 3,
      hotpatched: 0,
      restarted: 3,
      restarts: 3,
      reasons: { baseline: 3 },
      billedCores: 4,
      hotpatchCost: 4 * 1.5,
      restartsAvoided: 0,
    });
  });

  it('DESIGN: reasons count the month’s restarts by reason; restarted counts machines, restarts every restart', () => {
    expect(fleetMonth(report, '2025-02')).toMatchObject({
      machines: 3,
      hotpatched: 1,
      restarted: 2,
      restarts: 3,
      reasons: { 'not-enrolled': 2, requested: 1 },
    });
  });

  it('DESIGN (extension): restartsAvoided is the number of machines that took the month’s hotpatch', () => {
    expect(report.months.map((m) => [m.month, m.restartsAvoided, m.hotpatched])).toEqual([
      ['2025-01', 0, 0],
      ['2025-02', 1, 1],
    ]);
  });
});

describe('report: machine months', () => {
  const report = run({
    period: { from: '2025-02', to: '2025-03' },
    fleet: [{ name: 'm', ...healthy, vbs: 'disabled', installed: 'KB5050009' }],
    events: [{ at: '2025-02-20', machines: ['m'], restart: true }],
  });

  it('DESIGN: an LCU month lists every reason it was not the hotpatch, plus the reasons of its other restarts', () => {
    const feb = machineMonth(report, 'm', '2025-02');
    expect(feb.update).toBe('KB5051987');
    expect(feb.kind).toBe('lcu');
    expect(feb.restarts).toBe(2);
    expect(sorted(feb.reasons)).toEqual(['not-enrolled', 'requested', 'vbs-not-running']);
    expect(sorted(machineMonth(report, 'm', '2025-03').reasons)).toEqual([
      'not-enrolled',
      'off-baseline',
      'vbs-not-running',
    ]);
  });

  it('DESIGN: each restart counts once in the fleet month: the reasons add up to the restarts', () => {
    for (const month of report.months) expect(sumOf(month.reasons), month.month).toBe(month.restarts);
    expect(fleetMonth(report, '2025-02').restarts).toBe(2);
    expect(fleetMonth(report, '2025-02').reasons.requested).toBe(1);
  });
});

describe('report: events', () => {
  const report = run({
    period: { from: '2025-09', to: '2025-12' },
    fleet: [
      { name: 'web', count: 3, ...healthy, hotpatch: 'enabled', installed: 'KB5065474' },
      { name: 'new', ...healthy, vbs: 'disabled', installed: 'KB5065474' },
    ],
    events: [
      { at: '2025-11-30T23:00', machines: ['web-01'], restart: true },
      { at: '2025-10-23', machines: ['web-02'], install: 'KB5070881' },
      { at: '2025-09-20T12:00', machines: ['new'], playbook: 'enable-hotpatch' },
      { at: '2025-11-03T22:00', machines: ['web-03'], playbook: 'october-2025-workaround-option-2' },
      { at: '2025-10-01', machines: ['web-02'], fault: 'arc-disconnect' },
    ],
    expect: [{ month: '2025-11', machine: 'web-01', kind: 'hotpatch' }],
  });

  it('DESIGN: events are in time order, across machines and event sources', () => {
    expect(report.events.length).toBeGreaterThan(20);
    const times = report.events.map((e) => e.at);
    expect(times).toEqual([...times].sort());
  });

  it('DESIGN: every event is of a documented type, names a fleet machine and prints its instant in ISO UTC', () => {
    const types = new Set([
      'update-installed',
      'restart',
      'hotpatch-state',
      'arc-status',
      'license-state',
      'script-output',
      'script-error',
      'playbook',
      'fault',
      'expect',
    ]);
    const names = new Set(['web-01', 'web-02', 'web-03', 'new']);
    for (const e of report.events) {
      expect(types.has(e.type), e.type).toBe(true);
      expect(names.has(e.machine), e.machine).toBe(true);
      expect(e.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
  });
});

describe('report: cost (extension)', () => {
  const costRun = (knobs: { pricePerCoreMonth?: number } = {}, events: object[] = []) =>
    run({
      period: { from: '2025-02', to: '2025-03' },
      knobs,
      fleet: [
        { name: 'std', ...healthy, hotpatch: 'enabled', installed: 'KB5050009', cores: 8 },
        {
          name: 'dc',
          count: 2,
          ...healthy,
          edition: 'datacenter',
          hotpatch: 'enabled',
          installed: 'KB5050009',
          cores: 4,
        },
        {
          name: 'az',
          edition: 'datacenter-azure-edition',
          platform: 'azure',
          arc: 'none',
          hotpatch: 'enabled',
          installed: 'KB5050009',
          cores: 16,
        },
        { name: 'off', ...healthy, installed: 'KB5050009', cores: 2 },
      ],
      events: events as never,
    });

  it('DOMAIN 3: hotpatchCost is the enrolled Standard/Datacenter cores × pricePerCoreMonth; Azure Edition and unenrolled machines cost nothing', () => {
    expect(costRun({ pricePerCoreMonth: 2 }).months.map((m) => m.hotpatchCost)).toEqual([32, 32]);
  });

  it('DOMAIN 3: the default price is US$1.50 per core per month', () => {
    expect(costRun().months.map((m) => m.hotpatchCost)).toEqual([24, 24]);
  });

  it('DOMAIN 3: a price of 0 ("no extra cost") costs nothing', () => {
    expect(costRun({ pricePerCoreMonth: 0 }).months.map((m) => m.hotpatchCost)).toEqual([0, 0]);
  });

  it('DOMAIN 3: a machine that turned hotpatch off in February is not billed in March', () => {
    const report = costRun({ pricePerCoreMonth: 1 }, [
      { at: '2025-02-20', machines: ['std'], hotpatch: 'disable' },
    ]);
    expect(fleetMonth(report, '2025-02').hotpatchCost).toBe(16);
    expect(fleetMonth(report, '2025-03').hotpatchCost).toBe(8);
  });

  it('DOMAIN 3: cents are kept exactly (3 cores × 1.15)', () => {
    const report = run({
      period: { from: '2025-02', to: '2025-02' },
      knobs: { pricePerCoreMonth: 1.15 },
      fleet: [{ name: 'm', ...healthy, hotpatch: 'enabled', installed: 'KB5050009', cores: 3 }],
    });
    expect(fleetMonth(report, '2025-02').hotpatchCost).toBe(3.45);
  });
});

describe('report: head, assumptions, expectations, verdict', () => {
  const s = scenario({
    name: 'report-head',
    seed: 42,
    period: { from: '2025-02', to: '2025-03' },
    knobs: { licenseExpiry: 'never', pricePerCoreMonth: 2.5, disconnectedLicense: 'lost' },
    fleet: [
      { name: 'a', ...healthy, hotpatch: 'enabled', installed: 'KB5050009' },
      { name: 'b', ...healthy, installed: 'KB5050009' },
    ],
    expect: [
      { month: '2025-02', machine: 'a', kind: 'hotpatch', restarts: 0 },
      { month: '2025-02', machine: 'b', kind: 'hotpatch' },
    ],
  });
  const report: Report = run(s);

  it('DESIGN: format, scenario name, seed and period', () => {
    expect(report.format).toBe('hotpatch-harness/report@1');
    expect(report.scenario).toBe('report-head');
    expect(report.seed).toBe(42);
    expect(report.period).toEqual({ from: '2025-02', to: '2025-03' });
  });

  it('DESIGN 1: assumptions list every ASSUME knob with the value the run used', () => {
    expect(report.assumptions.map((a) => [a.knob, a.value, a.grade])).toEqual([
      ['licenseExpiry', 'never', 'ASSUME'],
      ['pricePerCoreMonth', 2.5, 'ASSUME'],
      ['disconnectedLicense', 'lost', 'ASSUME'],
      ['licenseMutex', 'present', 'ASSUME'],
    ]);
    expect(report.assumptions.map((a) => a.knob).sort()).toEqual(Object.keys(KNOBS).sort());
    for (const a of report.assumptions) expect(a.doc.length).toBeGreaterThan(20);
  });

  it('DESIGN: a failed expectation makes the verdict fail and adds an expect event naming the machine', () => {
    expect(report.verdict).toBe('fail');
    expect(report.expectations.map((e) => e.pass)).toEqual([true, false]);
    expect(report.expectations[1]?.actual).toEqual({ kind: 'lcu' });
    const expects = report.events.filter((e) => e.type === 'expect');
    expect(expects).toHaveLength(1);
    expect(expects[0]?.machine).toBe('b');
    expect(expects[0]?.detail).toMatch(/hotpatch/);
    expect(expects[0]?.detail).toMatch(/lcu/);
    expect(report.events.at(-1)).toBe(expects[0]);
  });

  it('DESIGN: when every expectation holds the verdict is pass and there is no expect event', () => {
    const passing = run({ ...s, expect: [s.expect[0] as (typeof s.expect)[number]] });
    expect(passing.verdict).toBe('pass');
    expect(passing.events.filter((e) => e.type === 'expect')).toEqual([]);
  });

  it('DESIGN 4: the reproduce command runs the scenario with its seed', () => {
    expect(report.reproduce).toBe('npx hotpatch-harness run scenarios/report-head.yaml --seed 42');
  });

  it('DESIGN 4: the reproduce command names the --seed override and the scenario file when given', () => {
    const overridden = run(s, { seed: 7, file: 'my/own.yaml' });
    expect(overridden.seed).toBe(7);
    expect(overridden.reproduce).toBe('npx hotpatch-harness run my/own.yaml --seed 7');
  });
});
