import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION_KEY,
  FEATURE_OVERRIDES_KEY,
  Machine,
  parseBuild,
  REBOOT_REQUIRED_KEY,
  readFeatureOverrides,
} from '../../simulators/machine/index.js';
import { dword, sz } from '../../simulators/registry/index.js';
import { ManualClock, parseUtc } from '../../simulators/shared/clock.js';
import { InvariantError } from '../../simulators/shared/invariant.js';
import { HW, machineAt, NOV_HOTPATCH, NOV_LCU, NOV_OOB, OCT_BASELINE, START, spec } from './fixtures.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const REBOOT_REQUIRED =
  'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\RebootRequired';
const CURRENT_VERSION = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';
const OVERRIDES = 'HKLM:\\SYSTEM\\CurrentControlSet\\Policies\\Microsoft\\FeatureManagement\\Overrides';

const dataOf = (machine: Machine, key: string, name: string) => machine.registry.getValue(key, name)?.data;

describe('identity', () => {
  it('is a GUID-shaped string', () => {
    expect(machineAt().machine.id).toMatch(GUID);
  });

  it('ignores the case of the name, as computer names do', () => {
    expect(machineAt({ name: 'ws01' }).machine.id).toBe(machineAt({ name: 'WS01' }).machine.id);
  });

  it('is the same for the same name on every instance, different for another name', () => {
    const a = machineAt({ name: 'WS01' }).machine;
    const b = machineAt({ name: 'WS01', hardware: HW.physical, edition: 'standard' }).machine;
    const c = machineAt({ name: 'WS02' }).machine;
    expect(b.id).toBe(a.id);
    expect(c.id).not.toBe(a.id);
  });

  test.prop([fc.stringMatching(/^[A-Za-z0-9-]{1,63}$/)])(
    'accepts any 1-63 letters, digits or hyphens',
    (name) => {
      const machine = new Machine(spec({ name }), new ManualClock(START));
      expect(machine.name).toBe(name);
      expect(machine.id).toMatch(GUID);
    },
  );

  it.each([
    ['a space', 'WS 01'],
    ['64 characters', 'a'.repeat(64)],
    ['nothing', ''],
    ['an underscore', 'WS_01'],
    ['a dot', 'ws01.contoso.com'],
  ])('rejects a name with %s', (_, name) => {
    const make = () => new Machine(spec({ name }), new ManualClock(START));
    expect(make).toThrow(InvariantError);
    expect(make).toThrow(`[hotpatch-harness] a machine name is 1-63 letters, digits or hyphens: '${name}'`);
  });

  it('accepts 63 characters', () => {
    expect(new Machine(spec({ name: 'a'.repeat(63) }), new ManualClock(START)).name).toBe('a'.repeat(63));
  });

  it('keeps the spec it was built from', () => {
    const { machine } = machineAt({ edition: 'standard', installation: 'core', hardware: HW.azure });
    expect(machine.edition).toBe('standard');
    expect(machine.installation).toBe('core');
    expect(machine.hardware).toEqual(HW.azure);
    expect(machine.canRunVbs).toBe(true);
    expect(machineAt({ hardware: HW.gen1, vbs: 'disabled' }).machine.canRunVbs).toBe(false);
  });
});

describe('boot time', () => {
  it("defaults to the clock's now", () => {
    const { machine } = machineAt();
    expect(machine.boot.at).toBe(parseUtc(START));
    expect(machine.restarts).toEqual([]);
  });

  it('takes bootedAt from the spec', () => {
    const bootedAt = parseUtc('2025-10-14T20:00:00Z');
    expect(machineAt({ bootedAt }).machine.boot.at).toBe(bootedAt);
  });
});

describe('updates', () => {
  it('starts on the spec update with its build in the registry', () => {
    const { machine } = machineAt();
    expect(machine.os).toEqual(OCT_BASELINE);
    expect(machine.installed).toEqual([]);
    expect(machine.staged).toEqual([]);
    expect(dataOf(machine, CURRENT_VERSION, 'UBR')).toBe(6899);
    expect(dataOf(machine, CURRENT_VERSION, 'CurrentBuild')).toBe('26100');
    expect(dataOf(machine, CURRENT_VERSION, 'CurrentBuildNumber')).toBe('26100');
    expect(machine.registry.keyExists(REBOOT_REQUIRED)).toBe(false);
  });

  it('stages a restart update until the restart', () => {
    const { clock, machine } = machineAt();
    const installedAt = clock.now();
    expect(machine.install(NOV_LCU)).toBe('staged');

    expect(machine.os).toEqual(OCT_BASELINE);
    expect(machine.staged).toEqual([{ ...NOV_LCU, installedAt }]);
    expect(machine.installed).toEqual([]);
    expect(machine.registry.keyExists(REBOOT_REQUIRED)).toBe(true);
    expect(machine.registry.keyExists(REBOOT_REQUIRED_KEY)).toBe(true);
    expect(dataOf(machine, CURRENT_VERSION, 'UBR')).toBe(6899);
    expect(machine.pendingBootChanges()).toEqual(['updates']);
  });

  it('applies a staged update at the restart and records it', () => {
    const { clock, machine } = machineAt();
    const installedAt = clock.now();
    machine.install(NOV_LCU);
    clock.advance(3 * 3600_000);
    const restartAt = clock.now();

    const record = machine.restart('patch-reboot', 'November LCU');

    expect(machine.os).toEqual({ kb: 'KB5068861', build: '26100.7171' });
    expect(machine.staged).toEqual([]);
    expect(machine.installed).toEqual([{ ...NOV_LCU, installedAt, effectiveAt: restartAt }]);
    expect(installedAt).not.toBe(restartAt);
    expect(dataOf(machine, CURRENT_VERSION, 'UBR')).toBe(7171);
    expect(dataOf(machine, CURRENT_VERSION, 'CurrentBuild')).toBe('26100');
    expect(machine.registry.keyExists(REBOOT_REQUIRED)).toBe(false);
    expect(machine.pendingBootChanges()).toEqual([]);
    expect(record).toEqual({
      at: restartAt,
      reason: 'patch-reboot',
      detail: 'November LCU',
      applied: ['KB5068861'],
    });
    expect(machine.restarts).toEqual([record]);
    expect(machine.boot.at).toBe(restartAt);
  });

  it('records a restart without detail and with nothing applied', () => {
    const { clock, machine } = machineAt();
    clock.set('2025-10-25T00:00:00Z');
    const record = machine.restart('manual');
    expect(record).toEqual({ at: parseUtc('2025-10-25T00:00:00Z'), reason: 'manual', applied: [] });
    expect('detail' in record).toBe(false);
  });

  it('writes the build number of the applied build to CurrentBuild and CurrentBuildNumber', () => {
    // Windows Server 2025 never leaves 26100; a made-up build shows that the number is written.
    const { machine } = machineAt();
    machine.install({ kb: 'KB0000001', build: '26200.5000', restartRequired: true });
    expect(dataOf(machine, CURRENT_VERSION, 'CurrentBuild')).toBe('26100');
    machine.restart('patch-reboot');
    expect(dataOf(machine, CURRENT_VERSION, 'CurrentBuild')).toBe('26200');
    expect(dataOf(machine, CURRENT_VERSION, 'CurrentBuildNumber')).toBe('26200');
    expect(dataOf(machine, CURRENT_VERSION, 'UBR')).toBe(5000);
  });

  it('takes a hotpatch at once, with no restart', () => {
    const { clock, machine } = machineAt();
    clock.set('2025-11-11T18:00:00Z');
    expect(machine.install(NOV_HOTPATCH)).toBe('installed');
    const now = clock.now();
    expect(machine.os).toEqual({ kb: 'KB5068966', build: '26100.7092' });
    expect(machine.installed).toEqual([{ ...NOV_HOTPATCH, installedAt: now, effectiveAt: now }]);
    expect(machine.staged).toEqual([]);
    expect(dataOf(machine, CURRENT_VERSION, 'UBR')).toBe(7092);
    expect(machine.registry.keyExists(REBOOT_REQUIRED)).toBe(false);
    expect(machine.pendingBootChanges()).toEqual([]);
    expect(machine.restarts).toEqual([]);
  });

  it('reports an update it already has, staged, installed or running', () => {
    const { machine } = machineAt();
    expect(machine.install({ ...OCT_BASELINE, kb: 'KB5066835', restartRequired: true })).toBe(
      'already-installed',
    );
    expect(machine.install(NOV_LCU)).toBe('staged');
    expect(machine.install(NOV_LCU)).toBe('already-installed');
    expect(machine.staged).toHaveLength(1);
    machine.restart('patch-reboot');
    expect(machine.install(NOV_LCU)).toBe('already-installed');
    expect(machine.installed).toHaveLength(1);
    expect(machine.install(NOV_HOTPATCH)).toBe('installed');
    expect(machine.install(NOV_HOTPATCH)).toBe('already-installed');
    expect(machine.installed).toHaveLength(2);
  });

  it('applies two staged updates in install order; the last build wins', () => {
    const { clock, machine } = machineAt();
    machine.install(NOV_LCU);
    const first = clock.now();
    clock.advance(1000);
    machine.install(NOV_OOB);
    const second = clock.now();
    expect(machine.staged.map((u) => u.kb)).toEqual(['KB5068861', 'KB5072359']);
    clock.advance(1000);

    const record = machine.restart('patch-reboot');

    expect(record.applied).toEqual(['KB5068861', 'KB5072359']);
    expect(machine.os).toEqual({ kb: 'KB5072359', build: '26100.7178' });
    expect(machine.installed.map((u) => [u.kb, u.installedAt, u.effectiveAt])).toEqual([
      ['KB5068861', first, clock.now()],
      ['KB5072359', second, clock.now()],
    ]);
    expect(dataOf(machine, CURRENT_VERSION, 'UBR')).toBe(7178);
  });

  it('applies staged updates only once', () => {
    const { machine } = machineAt();
    machine.install(NOV_LCU);
    machine.restart('patch-reboot');
    const second = machine.restart('manual');
    expect(second.applied).toEqual([]);
    expect(machine.installed).toHaveLength(1);
  });
});

describe('parseBuild', () => {
  it('splits a build into its number and revision', () => {
    expect(parseBuild('26100.6899')).toEqual({ build: 26100, revision: 6899 });
    expect(parseBuild('26100.32230')).toEqual({ build: 26100, revision: 32230 });
  });

  it('refuses a malformed build instead of writing UBR 0', () => {
    expect(() => parseBuild('26100')).toThrow(
      "a build is written major.revision, such as 26100.6899: '26100'",
    );
    expect(() => machineAt({ update: { kb: 'KB1', build: 'x.y' } })).toThrow(InvariantError);
  });
});

describe('updates behind a pending restart', () => {
  it('queue a hotpatch behind a staged LCU, so the restart leaves the machine on the later update', () => {
    const { machine } = machineAt();
    expect(machine.install(NOV_LCU)).toBe('staged');
    expect(machine.install(NOV_HOTPATCH)).toBe('staged');
    expect(machine.os).toEqual(OCT_BASELINE);
    const record = machine.restart('patch-reboot');
    expect(record.applied).toEqual(['KB5068861', 'KB5068966']);
    expect(machine.os).toEqual({ kb: 'KB5068966', build: '26100.7092' });
  });
});

describe('feature overrides', () => {
  it('are read at boot: a new override counts only after the restart', () => {
    const { machine } = machineAt();
    expect(machine.boot.featureOverrides.size).toBe(0);
    expect(machine.registry.createKey(OVERRIDES)).toBe('created');
    machine.registry.setValue(OVERRIDES, '4264695439', dword(1));

    expect(machine.boot.featureOverrides.has('4264695439')).toBe(false);
    expect(machine.pendingBootChanges()).toEqual(['feature-overrides']);

    machine.restart('mitigation');
    expect([...machine.boot.featureOverrides]).toEqual([['4264695439', 1]]);
    expect(machine.pendingBootChanges()).toEqual([]);
  });

  it('count a change of value and a removal as pending', () => {
    const { machine } = machineAt();
    machine.registry.createKey(OVERRIDES);
    machine.registry.setValue(OVERRIDES, '4264695439', dword(1));
    machine.restart('mitigation');
    machine.registry.setValue(OVERRIDES, '4264695439', dword(0));
    expect(machine.pendingBootChanges()).toEqual(['feature-overrides']);
    machine.registry.deleteValue(OVERRIDES, '4264695439');
    expect(machine.pendingBootChanges()).toEqual(['feature-overrides']);
    expect(machine.boot.featureOverrides.get('4264695439')).toBe(1);
    machine.restart('mitigation');
    expect(machine.boot.featureOverrides.size).toBe(0);
  });

  it('read DWORDs only', () => {
    const { machine } = machineAt();
    machine.registry.createKey(FEATURE_OVERRIDES_KEY);
    machine.registry.setValue(FEATURE_OVERRIDES_KEY, '1111', sz('1'));
    machine.registry.setValue(FEATURE_OVERRIDES_KEY, '2222', dword(2));
    expect([...readFeatureOverrides(machine.registry)]).toEqual([['2222', 2]]);
  });

  it('are read through ControlSet001 too', () => {
    const { machine } = machineAt();
    const key =
      'HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Policies\\Microsoft\\FeatureManagement\\Overrides';
    machine.registry.createKey(key);
    machine.registry.setValue(key, '4264695439', dword(1));
    machine.restart('mitigation');
    expect(machine.boot.featureOverrides.get('4264695439')).toBe(1);
  });
});

describe('pending boot changes', () => {
  it('lists updates, VBS and feature overrides together, in that order', () => {
    const { machine } = machineAt({ vbs: 'disabled' });
    machine.install(NOV_LCU);
    machine.registry.createKey(OVERRIDES);
    machine.registry.setValue(OVERRIDES, '4264695439', dword(1));
    machine.registry.createKey('HKLM\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard');
    machine.registry.setValue(
      'HKLM\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard',
      'EnableVirtualizationBasedSecurity',
      dword(1),
    );
    expect(machine.pendingBootChanges()).toEqual(['updates', 'vbs', 'feature-overrides']);
    machine.restart('all');
    expect(machine.pendingBootChanges()).toEqual([]);
  });
});

describe('state across restarts', () => {
  it('keeps the disk and the registry', () => {
    const { machine } = machineAt();
    machine.disk.writeFile('C:\\ProgramData\\keep.txt', 'kept');
    machine.registry.createKey('HKLM\\SOFTWARE\\Contoso');
    machine.registry.setValue('HKLM\\SOFTWARE\\Contoso', 'Marker', sz('x'));
    machine.restart('manual');
    expect(machine.disk.readText('C:\\ProgramData\\keep.txt')).toBe('kept');
    expect(dataOf(machine, 'HKLM\\SOFTWARE\\Contoso', 'Marker')).toBe('x');
  });

  it('reads CurrentVersion through the exported key name', () => {
    const { machine } = machineAt();
    expect(machine.registry.getValue(CURRENT_VERSION_KEY, 'UBR')?.data).toBe(6899);
  });
});

describe('registry writes that wait until something reads them (Registry.defer)', () => {
  it('a hotpatch install leaves a RebootRequired key that something else made', () => {
    const { machine } = machineAt();
    machine.registry.createKey(REBOOT_REQUIRED);
    machine.install(NOV_HOTPATCH);
    expect(machine.registry.keyExists(REBOOT_REQUIRED)).toBe(true);
  });

  it('staging an update, or a restart with nothing staged, leaves the build values alone', () => {
    const { machine } = machineAt();
    machine.registry.setValue(CURRENT_VERSION, 'UBR', dword(1));
    machine.install(NOV_LCU);
    expect(dataOf(machine, CURRENT_VERSION, 'UBR')).toBe(1);
    machine.restart('update-install');
    expect(dataOf(machine, CURRENT_VERSION, 'UBR')).toBe(7171);
    machine.registry.setValue(CURRENT_VERSION, 'UBR', dword(2));
    machine.restart('requested');
    expect(dataOf(machine, CURRENT_VERSION, 'UBR')).toBe(2);
  });

  it('the flag a staged update raises is there for a create beside it that needs its parent', () => {
    const { machine } = machineAt();
    machine.install(NOV_LCU);
    const beside = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\Other';
    expect(machine.registry.createKey(beside, { parents: false })).toBe('created');
  });

  it('a bad build string is refused at the install, not at a later read', () => {
    const { machine } = machineAt();
    expect(() => machine.install({ kb: 'KB1', build: 'bad', restartRequired: false })).toThrow(
      InvariantError,
    );
    expect(machine.registry.keyExists('HKLM\\SOFTWARE')).toBe(true);
  });
});
