import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dword, sz } from '../../simulators/registry/index.js';
import { reconcile } from '../../src/engine/licensing.js';
import { restartMachine } from '../../src/engine/machine-actions.js';
import { runPlaybook } from '../../src/engine/playbook-runner.js';
import type { World } from '../../src/engine/world.js';
import { PLAYBOOKS } from '../../src/playbooks/index.js';
import type { Report } from '../../src/report/types.js';
import {
  detailsOf,
  driveTo,
  eventsOf,
  healthy,
  iso,
  member,
  patchTuesday,
  patchTuesdayAt,
  plusMinutes,
  run,
  scenario,
  summary,
  withKnobs,
  worldOf,
} from './scenario-helpers.js';

// DOMAIN.md 6B: where the licensing issue leaves its mutex, and the override the workarounds set.
const SUBSCRIPTIONS = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Subscriptions';
const MUTEX = 'DeviceLicensingServiceCommandMutex';
const OVERRIDES =
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Policies\\Microsoft\\FeatureManagement\\Overrides';
const OVERRIDE = '4264695439';

const playbook = (name: string) => {
  const found = PLAYBOOKS.get(name);
  if (!found) throw new Error(`no playbook ${name}`);
  return found;
};

/** The event of the portal's Hotpatch → Confirm: the status it left and what ARM answered. */
const ENABLING = 'Enabling (PUT licenseProfiles/default: 201 Created)';

/** The instants at which a machine's hotpatch-state events say exactly `detail`. */
const stateTimes = (report: Report, machine: string, detail: string): string[] =>
  eventsOf(report, machine, 'hotpatch-state')
    .filter((e) => e.detail === detail)
    .map((e) => e.at);

describe('the October 2025 licensing issue (DOMAIN 6B)', () => {
  /** An enrolled Standard machine on the September hotpatch, from October 2025 to February 2026. */
  const enrolled = (
    knobs: { licenseExpiry?: 'always' | 'never' | 'random' } = {},
    events: object[] = [],
    edition: 'standard' | 'datacenter-azure-edition' = 'standard',
  ) =>
    run({
      period: { from: '2025-10', to: '2026-02' },
      knobs,
      fleet: [
        edition === 'standard'
          ? { name: 'm', ...healthy, hotpatch: 'enabled', installed: 'KB5065474' }
          : {
              name: 'm',
              edition,
              platform: 'azure',
              arc: 'none',
              vbs: 'running',
              hotpatch: 'enabled',
              installed: 'KB5065474',
            },
      ],
      events: events as never,
    });

  describe("licenseExpiry 'always'", () => {
    const report = enrolled({ licenseExpiry: 'always' });

    it('DOMAIN 6B: without a workaround an enrolled Standard machine restarts in November and December 2025', () => {
      expect(summary(report, 'm', '2025-11')).toEqual({
        update: 'KB5068861',
        kind: 'lcu',
        restarts: 1,
        reasons: ['license-expired'],
      });
      // December: still licensed out, and now on the November LCU, which is off the line (DOMAIN 5, 6A).
      expect(summary(report, 'm', '2025-12')).toEqual({
        update: 'KB5072033',
        kind: 'lcu',
        restarts: 1,
        reasons: ['license-expired', 'off-baseline'],
      });
    });

    it('DOMAIN 6B: the November restart counts under license-expired in the fleet month', () => {
      expect(report.months.find((m) => m.month === '2025-11')?.reasons).toEqual({ 'license-expired': 1 });
    });

    it('DOMAIN 6B: the January 2026 baseline ends it: baseline, then the February 2026 hotpatch', () => {
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

    it('DOMAIN 6B: the license expires once the machine runs KB5066835, before November 11, and is valid again after the fix', () => {
      const states = eventsOf(report, 'm', 'license-state');
      expect(states).toHaveLength(2);
      expect(states[0]?.detail).toMatch(/expired/);
      expect(states[0]?.at).toBe(patchTuesdayAt('2025-10-14'));
      expect(states[1]?.detail).toMatch(/valid again/);
      expect(states[1]?.at).toBe(patchTuesdayAt('2026-01-13'));
    });
  });

  it("DOMAIN 6B: licenseExpiry 'never': the November and December 2025 hotpatches install without restart", () => {
    const report = enrolled({ licenseExpiry: 'never' });
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
    expect(eventsOf(report, 'm', 'license-state')).toEqual([]);
  });

  it("DOMAIN 6B: licenseExpiry defaults to 'always'", () => {
    const report = enrolled();
    expect(summary(report, 'm', '2025-11').reasons).toEqual(['license-expired']);
    expect(report.assumptions.find((a) => a.knob === 'licenseExpiry')?.value).toBe('always');
  });

  it('DOMAIN 6B: Azure Edition is exempt: its license never expires, November and December are hotpatches', () => {
    const report = enrolled({ licenseExpiry: 'always' }, [], 'datacenter-azure-edition');
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
    expect(eventsOf(report, 'm', 'license-state')).toEqual([]);
  });

  describe("licenseExpiry 'random': one draw per machine from the seed", () => {
    const fleetRun = (seed: number, fleet: Array<{ name: string; count?: number }>) =>
      run({
        seed,
        period: { from: '2025-10', to: '2025-11' },
        knobs: { licenseExpiry: 'random' },
        fleet: fleet.map((f) => ({ ...f, ...healthy, hotpatch: 'enabled' as const, installed: 'KB5065474' })),
      });
    /** Per machine: did its license expire (November LCU instead of the hotpatch). */
    const expired = (report: Report): Record<string, boolean> =>
      Object.fromEntries(
        report.machines.map((m) => [m.name, m.months.find((x) => x.month === '2025-11')?.kind === 'lcu']),
      );

    it('DOMAIN 6B / DESIGN 2: the same seed gives the same draws', () => {
      expect(expired(fleetRun(11, [{ name: 'web', count: 24 }]))).toEqual(
        expired(fleetRun(11, [{ name: 'web', count: 24 }])),
      );
    });

    it('DOMAIN 6B: a random draw is a real draw: a fleet of 32 gets both outcomes, and two seeds differ', () => {
      const a = Object.values(expired(fleetRun(11, [{ name: 'web', count: 32 }])));
      const b = Object.values(expired(fleetRun(12, [{ name: 'web', count: 32 }])));
      expect(a).toContain(true);
      expect(a).toContain(false);
      expect(a).not.toEqual(b);
    });

    it('DESIGN 2: adding machines to the fleet does not change another machine’s draw (split per machine name)', () => {
      const alone = expired(fleetRun(11, [{ name: 'web', count: 16 }]));
      const more = expired(
        fleetRun(11, [
          { name: 'db', count: 5 },
          { name: 'web', count: 20 },
          { name: 'app', count: 3 },
        ]),
      );
      for (const [name, value] of Object.entries(alone)) expect(more[name], name).toBe(value);
    });

    test.prop([fc.nat({ max: 10_000 }), fc.integer({ min: 1, max: 6 })], { numRuns: 15 })(
      'DESIGN 2: a machine’s draw depends on the seed and its name only, never on the fleet around it',
      (seed, extra) => {
        const alone = expired(fleetRun(seed, [{ name: 'solo' }]));
        const crowded = expired(fleetRun(seed, [{ name: 'other', count: extra }, { name: 'solo' }]));
        expect(crowded.solo).toBe(alone.solo);
      },
    );

    it('DESIGN 2: the --seed override draws as the scenario seed would', () => {
      const s = scenario({
        seed: 3,
        period: { from: '2025-10', to: '2025-11' },
        knobs: { licenseExpiry: 'random' },
        fleet: [{ name: 'web', count: 24, ...healthy, hotpatch: 'enabled', installed: 'KB5065474' }],
      });
      expect(expired(run(s, { seed: 77 }))).toEqual(expired(run({ ...s, seed: 77 })));
    });
  });

  describe('a new enrollment on an affected build', () => {
    const fresh = (events: object[] = []) =>
      run({
        period: { from: '2025-10', to: '2026-02' },
        knobs: { licenseExpiry: 'always' },
        fleet: [{ name: 'm', ...healthy, hotpatch: 'disabled', installed: 'KB5066835' }],
        events: [{ at: '2025-10-20T09:00', machines: 'all', hotpatch: 'enable' }, ...events] as never,
      });

    it('DOMAIN 6B: it stays Enabling, with no Enabled before the January 2026 baseline', () => {
      const report = fresh();
      expect(stateTimes(report, 'm', ENABLING)).toEqual([iso('2025-10-20T09:00')]);
      const enabled = stateTimes(report, 'm', 'Enabled');
      expect(enabled.filter((at) => at < patchTuesdayAt('2026-01-13'))).toEqual([]);
      expect(summary(report, 'm', '2025-11')).toMatchObject({ kind: 'lcu', reasons: ['not-enrolled'] });
      expect(summary(report, 'm', '2025-12').kind).toBe('lcu');
    });

    it('DOMAIN 6B: the January 2026 baseline fixes it: Enabled at its restart, then the February hotpatch', () => {
      const report = fresh();
      expect(stateTimes(report, 'm', 'Enabled')).toEqual([patchTuesdayAt('2026-01-13')]);
      expect(summary(report, 'm', '2026-02')).toEqual({
        update: 'KB5075942',
        kind: 'hotpatch',
        restarts: 0,
        reasons: [],
      });
    });

    it.each(['october-2025-workaround-option-1', 'october-2025-workaround-option-2'])(
      'DOMAIN 6B: it completes after the restart of a workaround (%s), and November is a hotpatch',
      (name) => {
        const report = fresh([{ at: '2025-10-28T22:00', machines: 'all', playbook: name }]);
        const restart = eventsOf(report, 'm', 'restart').find((e) => e.at >= iso('2025-10-28T22:00'));
        expect(restart?.detail).toMatch(/^requested/);
        // In effect once both hold: the override read at a boot and the mutex gone (option 1 removes
        // it after the restart, option 2 before).
        const removed = eventsOf(report, 'm', 'playbook').find((e) => e.detail.includes(`Removed ${MUTEX}`));
        const complete = [restart?.at ?? '', removed?.at ?? ''].sort().at(-1);
        expect(stateTimes(report, 'm', 'Enabled')).toEqual([complete]);
        expect(summary(report, 'm', '2025-11')).toEqual({
          update: 'KB5068966',
          kind: 'hotpatch',
          restarts: 0,
          reasons: [],
        });
        expect(summary(report, 'm', '2025-12').kind).toBe('hotpatch');
      },
    );
  });

  describe('the workarounds (options 1 and 2)', () => {
    it.each(['october-2025-workaround-option-1', 'october-2025-workaround-option-2'])(
      'DOMAIN 6B: %s applied before November 11 gives the November and December 2025 hotpatches without restart',
      (name) => {
        const report = enrolled({ licenseExpiry: 'always' }, [
          { at: '2025-10-28T22:00', machines: 'all', playbook: name },
        ]);
        expect(summary(report, 'm', '2025-10')).toEqual({
          update: 'KB5066835',
          kind: 'baseline',
          restarts: 2,
          reasons: ['baseline', 'requested'],
        });
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
        const valid = eventsOf(report, 'm', 'license-state').filter((e) => /valid again/.test(e.detail));
        expect(valid).toHaveLength(1);
        const at = valid[0]?.at ?? '';
        expect(at >= iso('2025-10-28T22:00') && at < patchTuesdayAt('2025-11-11')).toBe(true);
      },
    );

    it('DOMAIN 6B: the workaround applied after November 11 is too late: the November LCU, then off the line in December', () => {
      const report = enrolled({ licenseExpiry: 'always' }, [
        { at: '2025-11-20', machines: 'all', playbook: 'october-2025-workaround-option-2' },
      ]);
      expect(summary(report, 'm', '2025-11')).toEqual({
        update: 'KB5068861',
        kind: 'lcu',
        restarts: 2,
        reasons: ['license-expired', 'requested'],
      });
      expect(summary(report, 'm', '2025-12')).toEqual({
        update: 'KB5072033',
        kind: 'lcu',
        restarts: 1,
        reasons: ['off-baseline'],
      });
    });

    it('DOMAIN 6B: a workaround without its restart (restart-fails fault) leaves the November LCU', () => {
      const report = enrolled({ licenseExpiry: 'always' }, [
        { at: '2025-11-03', machines: 'all', fault: 'restart-fails' },
        { at: '2025-11-04', machines: 'all', playbook: 'october-2025-workaround-option-2' },
      ]);
      expect(summary(report, 'm', '2025-11')).toEqual({
        update: 'KB5068861',
        kind: 'lcu',
        restarts: 1,
        reasons: ['license-expired'],
      });
      expect(detailsOf(report, 'm', 'playbook').at(-1)).toMatch(/failed: .*restart failed/);
      expect(
        eventsOf(report, 'm', 'license-state').filter((e) => e.at < patchTuesdayAt('2025-11-11')),
      ).toHaveLength(1);
    });
  });

  describe('when is the workaround in effect (directly driven world)', () => {
    /** A world with one enrolled machine on KB5066835; `setup` runs on 2025-10-28; returns November. */
    const november = (setup: (world: World) => void, knobs = {}) => {
      const world = worldOf(
        withKnobs(
          scenario({
            period: { from: '2025-10', to: '2025-12' },
            knobs: { licenseExpiry: 'always' },
            fleet: [{ name: 'm', ...healthy, hotpatch: 'enabled', installed: 'KB5066835' }],
          }),
          knobs,
        ),
      );
      driveTo(world, '2025-10-28');
      setup(world);
      patchTuesday(world, '2025-11');
      return world.ledger.machineMonths('m').find((x) => x.month === '2025-11');
    };
    const setOverride = (world: World) => {
      const registry = member(world, 'm').machine.registry;
      registry.createKey(OVERRIDES);
      registry.setValue(OVERRIDES, OVERRIDE, dword(1));
    };
    const removeMutex = (world: World) =>
      member(world, 'm').machine.registry.deleteValue(SUBSCRIPTIONS, MUTEX);
    const restart = (world: World) => restartMachine(world, member(world, 'm'), 'requested');

    it('DOMAIN 6B: the licensing issue has written the mutex on an affected machine (licenseMutex present)', () => {
      const world = worldOf({
        period: { from: '2025-10', to: '2025-12' },
        fleet: [{ name: 'm', ...healthy, hotpatch: 'enabled', installed: 'KB5066835' }],
      });
      expect(member(world, 'm').machine.registry.getValue(SUBSCRIPTIONS, MUTEX)).toBeDefined();
    });

    it('DOMAIN 6B: nothing done: the November LCU for license-expired', () => {
      expect(november(() => {})).toMatchObject({
        update: 'KB5068861',
        kind: 'lcu',
        reasons: ['license-expired'],
      });
    });

    it('DOMAIN 6B: override set, restarted and the mutex removed: the November hotpatch', () => {
      expect(
        november((w) => {
          setOverride(w);
          removeMutex(w);
          restart(w);
          reconcile(w, member(w, 'm'));
        }),
      ).toMatchObject({ update: 'KB5068966', kind: 'hotpatch' });
    });

    it('DOMAIN 6B: override set and restarted but the mutex still present: not in effect, the November LCU', () => {
      expect(
        november((w) => {
          setOverride(w);
          restart(w);
        }),
      ).toMatchObject({ update: 'KB5068861', kind: 'lcu', reasons: ['license-expired'] });
    });

    it('DOMAIN 6B: override set and the mutex removed but no restart: not in effect, the November LCU', () => {
      expect(
        november((w) => {
          setOverride(w);
          removeMutex(w);
        }),
      ).toMatchObject({ update: 'KB5068861', kind: 'lcu', reasons: ['license-expired'] });
    });

    it('DOMAIN 6B: option 1 run, then the mutex written again before November 11: not in effect, the November LCU', () => {
      const month = november((w) => {
        runPlaybook(w, member(w, 'm'), playbook('october-2025-workaround-option-1'));
        driveTo(w, '2025-10-29');
        expect(member(w, 'm').machine.registry.getValue(SUBSCRIPTIONS, MUTEX)).toBeUndefined();
        member(w, 'm').machine.registry.setValue(SUBSCRIPTIONS, MUTEX, sz(''));
      });
      expect(month).toMatchObject({ update: 'KB5068861', kind: 'lcu', reasons: ['license-expired'] });
    });

    it('DOMAIN 6B: option 1 run and nothing after it: the November hotpatch (the control for the case above)', () => {
      const month = november((w) =>
        runPlaybook(w, member(w, 'm'), playbook('october-2025-workaround-option-1')),
      );
      expect(month).toMatchObject({ update: 'KB5068966', kind: 'hotpatch', restarts: 0 });
    });

    it("ASSUME licenseMutex 'absent': the mutex is never written, and the override with a restart is enough", () => {
      const month = november(
        (w) => {
          expect(member(w, 'm').machine.registry.getValue(SUBSCRIPTIONS, MUTEX)).toBeUndefined();
          setOverride(w);
          restart(w);
        },
        { licenseMutex: 'absent' },
      );
      expect(month).toMatchObject({ update: 'KB5068966', kind: 'hotpatch' });
    });
  });

  it("ASSUME licenseMutex 'absent': option 2's log says the mutex was not present, and the workaround works", () => {
    const report = run(
      withKnobs(
        scenario({
          period: { from: '2025-10', to: '2025-12' },
          fleet: [{ name: 'm', ...healthy, hotpatch: 'enabled', installed: 'KB5065474' }],
          events: [{ at: '2025-11-03', machines: 'all', playbook: 'october-2025-workaround-option-2' }],
        }),
        { licenseMutex: 'absent' },
      ),
    );
    const log = detailsOf(report, 'm', 'playbook');
    expect(log.some((l) => l.includes(MUTEX) && /not present/.test(l))).toBe(true);
    expect(log.some((l) => /^[^:]+: Removed /.test(l))).toBe(false);
    expect(summary(report, 'm', '2025-11').kind).toBe('hotpatch');
    expect(report.assumptions.find((a) => a.knob === 'licenseMutex')?.value).toBe('absent');
  });

  it("ASSUME licenseMutex 'present' (the default): option 2's log says it removed the mutex", () => {
    const report = enrolled({}, [
      { at: '2025-11-03', machines: 'all', playbook: 'october-2025-workaround-option-2' },
    ]);
    const log = detailsOf(report, 'm', 'playbook');
    expect(log.some((l) => l.includes(`Removed ${MUTEX}`))).toBe(true);
    expect(log.some((l) => /not present/.test(l))).toBe(false);
  });
});

describe('enabling hotpatch through Arc (DOMAIN 3)', () => {
  const T0 = '2025-01-20T09:00';
  const enable = (
    fleet: object,
    events: object[] = [],
    knobs: object = {},
    period = { from: '2025-01', to: '2025-02' },
  ) =>
    run({
      period,
      knobs,
      fleet: [{ name: 'm', installed: 'KB5050009', ...fleet }] as never,
      events: [{ at: T0, machines: 'all', hotpatch: 'enable' }, ...events] as never,
    });

  it('DOMAIN 3: enabling takes ten virtual minutes: Enabling at the request, Enabled ten minutes later', () => {
    const report = enable({ ...healthy });
    expect(stateTimes(report, 'm', ENABLING)).toEqual([iso(T0)]);
    expect(stateTimes(report, 'm', 'Enabled')).toEqual([plusMinutes(iso(T0), 10)]);
    expect(summary(report, 'm', '2025-02')).toEqual({
      update: 'KB5052105',
      kind: 'hotpatch',
      restarts: 0,
      reasons: [],
    });
  });

  it('DOMAIN 3: enabling on a machine whose VBS is not running fails, with the VBS message', () => {
    const report = enable({ ...healthy, vbs: 'disabled' });
    const states = detailsOf(report, 'm', 'hotpatch-state');
    expect(states[0]).toBe(ENABLING);
    expect(states).toHaveLength(2);
    expect(states[1]).toMatch(/^Failed: .*VBS.*not running/);
    expect(stateTimes(report, 'm', 'Enabled')).toEqual([]);
  });

  it('DOMAIN 3: after the failed enablement the machine is not enrolled: the LCU with not-enrolled and vbs-not-running', () => {
    expect(summary(enable({ ...healthy, vbs: 'disabled' }), 'm', '2025-02')).toEqual({
      update: 'KB5051987',
      kind: 'lcu',
      restarts: 1,
      reasons: ['not-enrolled', 'vbs-not-running'],
    });
  });

  it('DOMAIN 3: while the agent is disconnected (arc-disconnect) enablement stays Enabling; it completes at the first heartbeat after arc-reconnect', () => {
    const report = enable({ ...healthy }, [
      { at: '2025-01-20T08:00', machines: 'all', fault: 'arc-disconnect' },
      { at: '2025-01-22T07:30', machines: 'all', fault: 'arc-reconnect' },
    ]);
    // Heartbeats fall every five minutes from the boot; the one at 07:30 had already failed.
    expect(stateTimes(report, 'm', 'Enabled')).toEqual([iso('2025-01-22T07:35')]);
    expect(summary(report, 'm', '2025-02').kind).toBe('hotpatch');
  });

  it('DOMAIN 3: still disconnected at Patch Tuesday, the machine is not enrolled: the February LCU', () => {
    const report = enable({ ...healthy }, [
      { at: '2025-01-20T08:00', machines: 'all', fault: 'arc-disconnect' },
    ]);
    expect(stateTimes(report, 'm', 'Enabled')).toEqual([]);
    expect(summary(report, 'm', '2025-02')).toMatchObject({
      update: 'KB5051987',
      kind: 'lcu',
      reasons: ['not-enrolled'],
    });
  });

  it('DOMAIN 3 / 4: himds-stop disconnects the machine until its next restart, which starts himds again', () => {
    const report = enable({ ...healthy }, [
      { at: '2025-01-20T08:00', machines: 'all', fault: 'himds-stop' },
      { at: '2025-01-25T03:00', machines: 'all', restart: true },
    ]);
    expect(stateTimes(report, 'm', 'Enabled')).toEqual([iso('2025-01-25T03:00')]);
    expect(summary(report, 'm', '2025-02').kind).toBe('hotpatch');
  });

  it('DOMAIN 3: asking again while Enabling changes nothing', () => {
    const report = enable({ ...healthy }, [{ at: '2025-01-20T09:05', machines: 'all', hotpatch: 'enable' }]);
    expect(detailsOf(report, 'm', 'hotpatch-state')).toEqual([
      ENABLING,
      'Enabling (unchanged; PUT licenseProfiles/default: 201 Created)',
      'Enabled',
    ]);
    expect(stateTimes(report, 'm', 'Enabled')).toEqual([plusMinutes(iso(T0), 10)]);
  });

  it('DOMAIN 3: turning hotpatch off ends enrollment: the next hotpatch month is an LCU for not-enrolled', () => {
    const report = run({
      period: { from: '2025-02', to: '2025-03' },
      fleet: [{ name: 'm', ...healthy, hotpatch: 'enabled', installed: 'KB5050009' }],
      events: [{ at: '2025-02-20', machines: 'all', hotpatch: 'disable' }],
    });
    expect(detailsOf(report, 'm', 'hotpatch-state')).toEqual([
      'Disabling (PUT licenseProfiles/default: 201 Created)',
      'Disabled',
    ]);
    expect(summary(report, 'm', '2025-02').kind).toBe('hotpatch');
    expect(summary(report, 'm', '2025-03')).toMatchObject({ kind: 'lcu', reasons: ['not-enrolled'] });
  });
});
