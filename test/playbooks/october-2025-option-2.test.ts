import { describe, expect, it } from 'vitest';
import { dword, sz } from '../../simulators/registry/index.js';
import { runPlaybook } from '../../src/engine/playbook-runner.js';
import type { World } from '../../src/engine/world.js';
import { october2025WorkaroundOption2 } from '../../src/playbooks/october-2025-option-2.js';
import {
  detailsOf,
  driveTo,
  eventsOf,
  healthy,
  iso,
  member,
  run,
  worldOf,
} from '../engine/scenario-helpers.js';

// Workaround option 2 (DOMAIN.md 6B), and New-Item -Force on an existing key (DOMAIN.md 7).

const SUBSCRIPTIONS = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Subscriptions';
const MUTEX = 'DeviceLicensingServiceCommandMutex';
const OVERRIDES =
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Policies\\Microsoft\\FeatureManagement\\Overrides';
const T0 = '2025-11-03T22:00';
const NAME = 'october-2025-workaround-option-2';

function affected(fleet: object = {}): World {
  const world = worldOf({
    period: { from: '2025-11', to: '2025-11' },
    fleet: [{ name: 'm', ...healthy, hotpatch: 'enabled', installed: 'KB5066835', ...fleet }],
  });
  driveTo(world, T0);
  return world;
}
const playbookLines = (world: World) =>
  world.ledger.events.filter((e) => e.type === 'playbook').map((e) => e.detail.replace(`${NAME}: `, ''));

describe('october-2025-workaround-option-2 playbook', () => {
  it('DOMAIN 6B: stops HIMDS, recreates the key, sets the DWORD, removes the mutex, answers Yes and restarts', () => {
    const report = run({
      period: { from: '2025-11', to: '2025-11' },
      fleet: [{ name: 'm', ...healthy, hotpatch: 'enabled', installed: 'KB5066835' }],
      events: [{ at: T0, machines: 'all', playbook: NAME }],
    });
    const log = detailsOf(report, 'm', 'playbook').map((l) => l.replace(`${NAME}: `, ''));
    expect(log).toEqual([
      'started',
      expect.stringMatching(/^Stop-Service HIMDS/),
      expect.stringMatching(/^New-Item -Force created .*FeatureManagement\\Overrides\.$/),
      expect.stringMatching(/^New-ItemProperty 4264695439 = 1 \(DWORD\)/),
      expect.stringMatching(new RegExp(`^Removed ${MUTEX}`)),
      expect.stringMatching(/^Restart-Computer -Confirm: answered Yes/),
      expect.stringMatching(/^succeeded/),
    ]);
    expect(eventsOf(report, 'm', 'restart')).toEqual([
      { at: iso(T0), machine: 'm', type: 'restart', detail: 'requested' },
    ]);
  });

  it('DOMAIN 6B: after it the override is read at the boot, the mutex is gone and its key kept, and himds runs again', () => {
    const world = affected();
    const fm = member(world, 'm');
    runPlaybook(world, fm, october2025WorkaroundOption2);
    driveTo(world, '2025-11-04');
    expect(fm.machine.registry.getValue(OVERRIDES, '4264695439')).toMatchObject({
      type: 'REG_DWORD',
      data: 1,
    });
    expect(fm.machine.boot.featureOverrides.get('4264695439')).toBe(1);
    expect(fm.machine.registry.getValue(SUBSCRIPTIONS, MUTEX)).toBeUndefined();
    expect(fm.machine.registry.keyExists(SUBSCRIPTIONS)).toBe(true);
    expect(fm.machine.services.find('himds')?.status).toBe('Running');
  });

  it('DOMAIN 7: New-Item -Force deletes the other overrides in the key; the log names them and they are gone', () => {
    const world = affected();
    const fm = member(world, 'm');
    fm.machine.registry.createKey(OVERRIDES);
    fm.machine.registry.setValue(OVERRIDES, '1853569164', dword(1));
    fm.machine.registry.setValue(OVERRIDES, '2786979470', dword(0));
    fm.machine.registry.createKey(`${OVERRIDES}\\Nested`);
    runPlaybook(world, fm, october2025WorkaroundOption2);
    driveTo(world, '2025-11-04');
    const line = playbookLines(world).find((l) => l.startsWith('New-Item -Force'));
    expect(line).toMatch(/1853569164/);
    expect(line).toMatch(/2786979470/);
    expect(line).toMatch(/delet/);
    expect(fm.machine.registry.getValue(OVERRIDES, '1853569164')).toBeUndefined();
    expect(fm.machine.registry.getValue(OVERRIDES, '2786979470')).toBeUndefined();
    expect(fm.machine.registry.keyExists(`${OVERRIDES}\\Nested`)).toBe(false);
    expect(fm.machine.registry.values(OVERRIDES)?.map((v) => v.name)).toEqual(['4264695439']);
  });

  it('DOMAIN 7: an older 4264695439 value of another type is replaced by the DWORD 1', () => {
    const world = affected();
    const fm = member(world, 'm');
    fm.machine.registry.createKey(OVERRIDES);
    fm.machine.registry.setValue(OVERRIDES, '4264695439', sz('0'));
    runPlaybook(world, fm, october2025WorkaroundOption2);
    expect(fm.machine.registry.getValue(OVERRIDES, '4264695439')).toMatchObject({
      type: 'REG_DWORD',
      data: 1,
    });
  });

  it('DOMAIN 7: on a machine without the agent, Stop-Service writes its not-found error and the script goes on', () => {
    const world = worldOf({
      period: { from: '2025-11', to: '2025-11' },
      fleet: [{ name: 'm', ...healthy, arc: 'none', installed: 'KB5066835' }],
    });
    driveTo(world, T0);
    runPlaybook(world, member(world, 'm'), october2025WorkaroundOption2);
    driveTo(world, '2025-11-04');
    const log = playbookLines(world);
    expect(log).toContain("Stop-Service: Cannot find any service with service name 'HIMDS'.");
    expect(log.at(-1)).toMatch(/^succeeded/);
  });

  it('DOMAIN 6B: "complete only after the restart": when the restart fails it reports failure and the override is not in effect', () => {
    const world = affected();
    const fm = member(world, 'm');
    fm.restartFailsNext = true;
    runPlaybook(world, fm, october2025WorkaroundOption2);
    driveTo(world, '2025-11-04');
    expect(playbookLines(world).at(-1)).toMatch(/^failed: .*restart/);
    expect(fm.machine.boot.featureOverrides.get('4264695439')).toBeUndefined();
    expect(fm.licenseExpired).toBe(true);
  });
});
