import { describe, expect, it } from 'vitest';
import { dword } from '../../simulators/registry/index.js';
import { runPlaybook } from '../../src/engine/playbook-runner.js';
import type { World } from '../../src/engine/world.js';
import { october2025WorkaroundOption1 } from '../../src/playbooks/october-2025-option-1.js';
import {
  detailsOf,
  driveTo,
  eventsOf,
  healthy,
  iso,
  member,
  run,
  scenario,
  withKnobs,
  worldOf,
} from '../engine/scenario-helpers.js';

// Workaround option 1 (DOMAIN.md 6B): the Feature Preview policy, a restart, then the mutex removed.

const SUBSCRIPTIONS = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Subscriptions';
const MUTEX = 'DeviceLicensingServiceCommandMutex';
const OVERRIDES =
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Policies\\Microsoft\\FeatureManagement\\Overrides';
const T0 = '2025-11-03T22:00';

/** A world with one enrolled machine on the October baseline, driven to T0. */
function affected(knobs = {}): World {
  const world = worldOf(
    withKnobs(
      scenario({
        period: { from: '2025-11', to: '2025-11' },
        fleet: [{ name: 'm', ...healthy, hotpatch: 'enabled', installed: 'KB5066835' }],
      }),
      knobs,
    ),
  );
  driveTo(world, T0);
  return world;
}

describe('october-2025-workaround-option-1 playbook', () => {
  it('DOMAIN 6B: installs the package, enables the policy, restarts, then removes the mutex, and succeeds', () => {
    const report = run({
      period: { from: '2025-11', to: '2025-11' },
      fleet: [{ name: 'm', ...healthy, hotpatch: 'enabled', installed: 'KB5066835' }],
      events: [{ at: T0, machines: 'all', playbook: 'october-2025-workaround-option-1' }],
    });
    const log = detailsOf(report, 'm', 'playbook').map((l) =>
      l.replace(/^october-2025-workaround-option-1: /, ''),
    );
    expect(log[0]).toBe('started');
    expect(log[1]).toMatch(/KB5062660 251028_18301 Feature Preview/);
    expect(log[2]).toMatch(/KB5062660 251028_18301 Feature Preview.*Enabled/);
    expect(log[3]).toMatch(new RegExp(`Removed ${MUTEX}`));
    expect(log[4]).toMatch(/^succeeded/);
    expect(log).toHaveLength(5);
    const restart = eventsOf(report, 'm', 'restart')[0];
    expect(restart).toMatchObject({ at: iso(T0), detail: 'requested' });
    const removed = eventsOf(report, 'm', 'playbook')[3];
    expect(removed && restart && removed.at > restart.at).toBe(true);
  });

  it('DOMAIN 6B (INFER): the policy is the override 4264695439 = 1 (DWORD), read at the restart; the mutex value is gone, its key kept', () => {
    const world = affected();
    const fm = member(world, 'm');
    expect(fm.machine.registry.getValue(SUBSCRIPTIONS, MUTEX)).toBeDefined();
    runPlaybook(world, fm, october2025WorkaroundOption1);
    driveTo(world, '2025-11-04');
    expect(fm.machine.registry.getValue(OVERRIDES, '4264695439')).toMatchObject({
      type: 'REG_DWORD',
      data: 1,
    });
    expect(fm.machine.boot.featureOverrides.get('4264695439')).toBe(1);
    expect(fm.machine.registry.getValue(SUBSCRIPTIONS, MUTEX)).toBeUndefined();
    expect(fm.machine.registry.keyExists(SUBSCRIPTIONS)).toBe(true);
  });

  it('DOMAIN 6B (INFER): enabling a policy leaves the other overrides in the key as they are', () => {
    const world = affected();
    const fm = member(world, 'm');
    fm.machine.registry.createKey(OVERRIDES);
    fm.machine.registry.setValue(OVERRIDES, '123456789', dword(2));
    runPlaybook(world, fm, october2025WorkaroundOption1);
    driveTo(world, '2025-11-04');
    expect(fm.machine.registry.getValue(OVERRIDES, '123456789')).toMatchObject({
      type: 'REG_DWORD',
      data: 2,
    });
  });

  it('DOMAIN 6B: when the mutex is absent it says so and keeps the key (skip if absent, never delete the key)', () => {
    const world = affected({ licenseMutex: 'absent' });
    const fm = member(world, 'm');
    runPlaybook(world, fm, october2025WorkaroundOption1);
    driveTo(world, '2025-11-04');
    const log = world.ledger.events.filter((e) => e.type === 'playbook').map((e) => e.detail);
    expect(log.some((l) => l.includes(MUTEX) && /not present/.test(l))).toBe(true);
    expect(log.at(-1)).toMatch(/succeeded/);
    expect(fm.machine.registry.keyExists(SUBSCRIPTIONS)).toBe(true);
  });

  it('DOMAIN 6B: when the restart fails it stops there: failed, the mutex still in place', () => {
    const world = affected();
    const fm = member(world, 'm');
    fm.restartFailsNext = true;
    runPlaybook(world, fm, october2025WorkaroundOption1);
    driveTo(world, '2025-11-04');
    expect(world.ledger.events.filter((e) => e.type === 'playbook').at(-1)?.detail).toMatch(
      /failed: .*restart/,
    );
    expect(fm.machine.registry.getValue(SUBSCRIPTIONS, MUTEX)).toBeDefined();
    expect(fm.machine.boot.featureOverrides.get('4264695439')).toBeUndefined();
  });
});
