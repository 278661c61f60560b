import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../simulators/windows-update/index.js';
import { baselineRestarts } from '../../src/oracles/baseline-restarts.js';
import { exactUpdateHotpatches } from '../../src/oracles/exact-update-hotpatches.js';
import type { MachineFacts } from '../../src/oracles/facts.js';
import { hotpatchWithoutRestart } from '../../src/oracles/hotpatch-without-restart.js';
import { kb5070881OffLine } from '../../src/oracles/kb5070881-off-line.js';
import { noUpdateBeforeRelease } from '../../src/oracles/no-update-before-release.js';
import { noVbsNoHotpatch } from '../../src/oracles/no-vbs-no-hotpatch.js';
import { offLineUntilBaseline } from '../../src/oracles/off-line-until-baseline.js';
import type { MachineSnapshot } from '../../src/oracles/snapshot.js';
import type { Playbook } from '../../src/playbooks/index.js';
import { loadFound, plantedCatalog } from '../explore/helpers.js';
import { check, checked, withMachine } from './helpers.js';

const az = { name: 'az', edition: 'datacenter-azure-edition', platform: 'azure', arc: 'none' } as const;
const period = { from: '2025-10', to: '2026-01' };

describe('baseline-restarts (DOMAIN.md 5)', () => {
  const run = checked({ period, fleet: [az, { name: 'web', edition: 'standard', hotpatch: 'enabled' }] });

  it('holds: October 2025 and January 2026 restart every machine onto the baseline', () => {
    expect(check(baselineRestarts, run)).toEqual([]);
  });

  it('holds when the baseline restart failed and the baseline waits staged', () => {
    const failed = checked({
      period,
      fleet: [az],
      events: [{ at: '2025-10-14T12:00', machines: ['az'], fault: 'restart-fails' }],
    });
    expect(failed.report?.machines[0]?.months[0]).toMatchObject({ kind: 'baseline', restarts: 0 });
    expect(check(baselineRestarts, failed)).toEqual([]);
  });

  it('catches a hotpatch, or a baseline without a restart, in a baseline month', () => {
    const hotpatch = check(baselineRestarts, run, {
      report: (r) => {
        Object.assign(r.machines[0]?.months[0] ?? {}, { kind: 'hotpatch', update: 'KB5068966' });
        Object.assign(r.machines[1]?.months[3] ?? {}, { restarts: 0 });
        return r;
      },
    });
    expect(hotpatch.map((v) => `${v.machine} ${v.month}: ${v.message}`)).toEqual([
      'az 2025-10: hotpatch KB5068966 in baseline month 2025-10',
      'az 2025-10: ran KB5062553 at the 2025-10 Patch Tuesday but got hotpatch KB5068966 instead of baseline KB5066835',
      'web 2026-01: installed baseline KB5073379 without a restart',
    ]);
  });
});

describe('kb5070881-off-line (DOMAIN.md 6A)', () => {
  const sketch = { period: { from: '2025-10', to: '2025-12' }, fleet: [{ ...az, installed: 'KB5070881' }] };

  it('holds: a machine on KB5070881 restarts every month until January', () => {
    expect(check(kb5070881OffLine, checked(sketch))).toEqual([]);
  });

  it('catches a catalog and rules that let the November hotpatch install on KB5070881', () => {
    const run = checked(sketch, {
      catalog: plantedCatalog('KB5068966', ['KB5066835', 'KB5070893', 'KB5070881']),
      rules: defaultRules().filter((r) => r.id !== 'october-2025-exact-update'),
    });
    expect(check(kb5070881OffLine, run).map((v) => [v.month, v.kb])).toEqual([
      ['2025-11', 'KB5068966'],
      ['2025-12', 'KB5072014'],
    ]);
    expect(check(offLineUntilBaseline, run)).toHaveLength(2);
  });
});

describe('exact-update-hotpatches (DOMAIN.md 6A, 6B)', () => {
  const sketch = {
    period: { from: '2025-11', to: '2025-12' },
    fleet: [
      { ...az, name: 'a', installed: 'KB5070893' },
      { ...az, name: 'b', installed: 'KB5066835' },
    ],
  };

  it('holds: exactly on KB5066835 or KB5070893, enrolled, licensed, VBS: hotpatches without restart', () => {
    const run = checked(sketch);
    expect(run.report?.machines.flatMap((m) => m.months.map((x) => `${x.kind} ${x.restarts}`))).toEqual([
      'hotpatch 0',
      'hotpatch 0',
      'hotpatch 0',
      'hotpatch 0',
    ]);
    expect(check(exactUpdateHotpatches, run)).toEqual([]);
  });

  it('does not hold a machine that started on KB5070773 to it: KB5070893 does not bring it back', () => {
    // Found by exploration: the precondition read only the updates installed during the run.
    const run = checked({
      period: { from: '2025-10', to: '2025-12' },
      fleet: [{ name: 'web', edition: 'standard', hotpatch: 'enabled', installed: 'KB5070773' }],
      events: [
        { at: '2025-10-24T00:00', machines: ['web'], install: 'KB5070893' },
        // The workaround keeps the license, so only the update the machine started on stands in the way.
        { at: '2025-10-24T00:00', machines: ['web'], playbook: 'october-2025-workaround-option-2' },
      ],
    });
    expect(run.report?.machines[0]?.months.map((m) => `${m.month} ${m.kind}`)).toEqual([
      '2025-10 none',
      '2025-11 lcu',
      '2025-12 lcu',
    ]);
    expect(check(exactUpdateHotpatches, run)).toEqual([]);
  });

  it('catches rules that leave KB5070893 out', () => {
    const rules = defaultRules().map((r) =>
      r.effect.type === 'restrict-hotpatch-bases'
        ? { ...r, effect: { ...r.effect, allowed: ['KB5066835', 'KB5068966'] } }
        : r,
    );
    const violations = check(exactUpdateHotpatches, checked(sketch, { rules }));
    expect(violations.map((v) => `${v.machine} ${v.month}: ${v.message}`)).toEqual([
      'a 2025-11: on KB5070893, enrolled, licensed, VBS running, but got lcu KB5068861',
      'a 2025-11: the 2025-11 Patch Tuesday restarted the machine (on KB5070893)',
    ]);
  });
});

/**
 * The engine bugs these oracles caught are fixed (test/explore/found.test.ts): their counterexamples
 * now hold every oracle, so each test takes the fixed run and hands the oracle the facts (and
 * report) the buggy engine produced, written by hand.
 */
describe('oracles that caught real engine bugs (test/explore/found/)', () => {
  const at = (iso: string) => Date.parse(`${iso}Z`);

  it('no-vbs-no-hotpatch (DOMAIN.md 1, 2): a hotpatch installed on a Gen 1 VM', () => {
    const run = checked(loadFound('install-hotpatch-without-vbs'));
    expect(check(noVbsNoHotpatch, run)).toEqual([]);
    const t = at('2025-11-12T09:00');
    const tookIt = (m: MachineFacts): MachineFacts => {
      const last = m.timeline.at(-1) as MachineSnapshot;
      return {
        ...m,
        installed: [
          ...m.installed,
          { kb: 'KB5068966', build: '26100.7092', restartRequired: false, installedAt: t, effectiveAt: t },
        ],
        timeline: [...m.timeline, { ...last, at: t, kb: 'KB5068966' }],
      };
    };
    const violations = check(noVbsNoHotpatch, run, {
      facts: (f) => withMachine(f, 'legacy', tookIt),
      report: (r) => {
        Object.assign(r.machines[0]?.months[0] ?? {}, { kind: 'hotpatch', update: 'KB5068966' });
        return r;
      },
    });
    expect(violations.map((v) => v.message)).toEqual([
      'hotpatch KB5068966 took effect at 2025-11-12T09:00:00.000Z with VBS status 0 (its hardware cannot run VBS)',
      'month of kind hotpatch (KB5068966) (its hardware cannot run VBS)',
    ]);
  });

  it('hotpatch-without-restart (DOMAIN.md 5): a hotpatch staged behind a pending update', () => {
    const run = checked(loadFound('pending-restart-update-ignored'));
    expect(check(hotpatchWithoutRestart, run)).toEqual([]);
    const t = at('2025-11-11T18:00');
    const stagedBehind = (m: MachineFacts): MachineFacts => ({
      ...m,
      restarts: m.restarts.map((r) =>
        r.at === t && r.reason === 'update-install' ? { ...r, applied: [...r.applied, 'KB5068966'] } : r,
      ),
    });
    const violations = check(hotpatchWithoutRestart, run, {
      facts: (f) => withMachine(f, 'az', stagedBehind),
      report: (r) => {
        Object.assign(r.machines[0]?.months[1] ?? {}, { kind: 'hotpatch', update: 'KB5068966' });
        return r;
      },
    });
    expect(violations.map((v) => v.message)).toEqual([
      'the update-install restart at 2025-11-11T18:00:00.000Z applied hotpatch KB5068966',
      'hotpatch month whose update KB5068966 came with a restart',
    ]);
  });

  it('off-line-until-baseline (DOMAIN.md 5): KB5070893 over KB5070881', () => {
    const run = checked(loadFound('kb5070893-over-kb5070881'));
    expect(check(offLineUntilBaseline, run)).toEqual([]);
    const hotpatch = (kb: string, build: string, when: string) => ({
      kb,
      build,
      restartRequired: false,
      installedAt: at(when),
      effectiveAt: at(when),
    });
    const backOnLine = (m: MachineFacts): MachineFacts => ({
      ...m,
      installed: [
        ...m.installed.filter((u) => u.kb !== 'KB5068861' && u.kb !== 'KB5072033'),
        hotpatch('KB5068966', '26100.7092', '2025-11-11T18:00'),
        hotpatch('KB5072014', '26100.7392', '2025-12-09T18:00'),
      ],
    });
    const violations = check(offLineUntilBaseline, run, { facts: (f) => withMachine(f, 'az', backOnLine) });
    expect(violations.map((v) => v.kb)).toEqual(['KB5068966', 'KB5072014']);
  });

  it('no-update-before-release (DOMAIN.md 5): the October baseline installed on October 1', () => {
    const run = checked(loadFound('install-before-release'));
    expect(check(noUpdateBeforeRelease, run)).toEqual([]);
    const early = (m: MachineFacts): MachineFacts => ({
      ...m,
      installed: m.installed.map((u) =>
        u.kb === 'KB5066835' ? { ...u, installedAt: at('2025-10-01T00:00') } : u,
      ),
    });
    const violations = check(noUpdateBeforeRelease, run, { facts: (f) => withMachine(f, 'web', early) });
    expect(violations.map((v) => v.message)).toEqual([
      'KB5066835, released 2025-10-14, installed at 2025-10-01T00:00:00.000Z',
    ]);
  });
});

describe('run-completes (DESIGN.md principles 2, 6)', () => {
  it('reports a run that dies as a violation, not as an exception (a planted playbook that throws)', () => {
    const crashing: Playbook = {
      name: 'enable-hotpatch',
      description: 'PLANTED BUG: throws',
      // biome-ignore lint/correctness/useYield: it fails before its first step
      *run() {
        throw new Error('planted');
      },
    };
    const run = checked(
      {
        period: { from: '2025-10', to: '2025-10' },
        fleet: [az],
        events: [{ at: '2025-10-02', machines: ['az'], playbook: 'enable-hotpatch' }],
      },
      { playbooks: new Map([[crashing.name, crashing]]) },
    );
    expect(run.report).toBeUndefined();
    expect(run.violations).toEqual([{ oracle: 'run-completes', message: 'the run threw Error: planted' }]);
  });
});
