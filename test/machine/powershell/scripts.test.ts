import { describe, expect, it } from 'vitest';
import { dword, sz } from '../../../simulators/registry/index.js';
import { HW } from '../fixtures.js';
import { run, streamsOf, testMachine, useGrammar } from './helpers.js';
import * as scriptsModule from './scripts.js';
import { script, scriptFile } from './scripts.js';

useGrammar();

const OVERRIDES =
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Policies\\Microsoft\\FeatureManagement\\Overrides';
const SUBSCRIPTIONS = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Subscriptions';
const MUTEX = 'DeviceLicensingServiceCommandMutex';
const DEVICE_GUARD = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard';
const CONFIRM =
  'Confirm\nAre you sure you want to perform this action?\nPerforming the operation "Enable the Local shutdown access rights and restart the computer." on target "localhost (WS01)".\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): ';

describe('check-vbs.ps1', () => {
  it('says VBS runs on a machine where it does', () => {
    const result = run(script('check-vbs'), { file: scriptFile('check-vbs') });
    expect(streamsOf(result)).toEqual([['output', 'VBS is running (status 2).']]);
    expect(result.exitCode).toBe(0);
  });

  it('warns where it does not, with the status', () => {
    const result = run(script('check-vbs'), {
      ...testMachine({ vbs: 'configured' }),
      file: scriptFile('check-vbs'),
    });
    expect(streamsOf(result)).toEqual([
      ['warning', 'WARNING: VBS is not running (status 0): enable it and restart before enabling hotpatch.'],
    ]);
  });
});

describe('enable-vbs.ps1', () => {
  it('sets EnableVirtualizationBasedSecurity and asks for a restart; VBS runs after it', () => {
    const { machine, clock } = testMachine({ vbs: 'disabled' });
    const result = run(script('enable-vbs'), { machine, clock, file: scriptFile('enable-vbs') });
    expect(streamsOf(result)).toEqual([
      ['output', 'EnableVirtualizationBasedSecurity set to 1; restarting.'],
    ]);
    expect(result.restartRequested).toBe(true);
    expect(result.restartLine).toBe(11);
    expect(machine.registry.getValue(DEVICE_GUARD, 'EnableVirtualizationBasedSecurity')).toEqual({
      name: 'EnableVirtualizationBasedSecurity',
      ...dword(1),
    });
    machine.restart('requested');
    expect(run(script('check-vbs'), { machine, clock }).output).toEqual(['VBS is running (status 2).']);
  });

  it('does nothing where VBS already runs', () => {
    const result = run(script('enable-vbs'));
    expect(streamsOf(result)).toEqual([['output', 'VBS already runs; nothing to do.']]);
    expect(result.restartRequested).toBe(false);
  });
});

describe('workaround-option-1-policy.ps1', () => {
  it('creates the Overrides key when missing, sets 4264695439 = 1 and asks for a restart', () => {
    const { machine, clock } = testMachine();
    expect(machine.registry.keyExists(OVERRIDES)).toBe(false);
    const result = run(script('workaround-option-1-policy'), { machine, clock });
    expect(streamsOf(result)).toEqual([['output', 'Feature Preview policy enabled; restarting.']]);
    expect(result.restartRequested).toBe(true);
    expect(machine.registry.values(OVERRIDES)).toEqual([{ name: '4264695439', ...dword(1) }]);
  });

  it('keeps the other overrides: the key exists, so it is not recreated', () => {
    const { machine, clock } = testMachine();
    machine.registry.createKey(OVERRIDES);
    machine.registry.setValue(OVERRIDES, '1111', dword(2));
    run(script('workaround-option-1-policy'), { machine, clock });
    expect(machine.registry.values(OVERRIDES)).toEqual([
      { name: '1111', ...dword(2) },
      { name: '4264695439', ...dword(1) },
    ]);
  });
});

describe('workaround-option-1-cleanup.ps1', () => {
  it('removes the mutex value and keeps the key', () => {
    const { machine, clock } = testMachine();
    machine.registry.setValue(SUBSCRIPTIONS, MUTEX, sz('x'));
    const result = run(script('workaround-option-1-cleanup'), { machine, clock });
    expect(streamsOf(result)).toEqual([['output', `Removed ${MUTEX}.`]]);
    expect(machine.registry.keyExists(SUBSCRIPTIONS)).toBe(true);
    expect(machine.registry.values(SUBSCRIPTIONS)).toEqual([]);
  });

  it('says so when the value is not there, quoting the caught error', () => {
    const result = run(script('workaround-option-1-cleanup'));
    expect(streamsOf(result)).toEqual([
      ['host', `No ${MUTEX} value to remove (Property ${MUTEX} does not exist at path ${SUBSCRIPTIONS}.)`],
    ]);
    expect(result.errors.map((e) => e.fullyQualifiedErrorId)).toEqual([
      'System.Management.Automation.PSArgumentException,Microsoft.PowerShell.Commands.RemoveItemPropertyCommand',
    ]);
  });
});

describe('workaround-option-2.ps1', () => {
  it('stops himds, sets the override, removes the mutex and restarts on yes (DOMAIN.md 6B)', () => {
    const { machine, clock } = testMachine();
    machine.registry.setValue(SUBSCRIPTIONS, MUTEX, sz('x'));
    const result = run(script('workaround-option-2'), {
      machine,
      clock,
      confirm: true,
      file: scriptFile('workaround-option-2'),
    });
    expect(streamsOf(result)).toEqual([['host', `${CONFIRM}Y`]]);
    expect(result.restartRequested).toBe(true);
    expect(result.restartLine).toBe(13);
    expect(machine.services.find('himds')?.status).toBe('Stopped');
    expect(machine.registry.values(OVERRIDES)).toEqual([{ name: '4264695439', ...dword(1) }]);
    expect(machine.registry.values(SUBSCRIPTIONS)).toEqual([]);
    expect(machine.pendingBootChanges()).toEqual(['feature-overrides']);
  });

  it('says when the mutex is absent; on no, nothing restarts', () => {
    const result = run(script('workaround-option-2'), { confirm: false });
    expect(streamsOf(result)).toEqual([
      ['host', `No ${MUTEX} value to remove.`],
      ['host', `${CONFIRM}N`],
    ]);
    expect(result.restartRequested).toBe(false);
    expect(result.exitCode).toBe(0);
  });

  it('New-Item -Force wipes every other override already in the Overrides key', () => {
    const { machine, clock } = testMachine();
    machine.registry.createKey(OVERRIDES);
    machine.registry.setValue(OVERRIDES, '1853569164', dword(2));
    machine.registry.createKey(`${OVERRIDES}\\Nested`);
    run(script('workaround-option-2'), { machine, clock, confirm: true });
    expect(machine.registry.values(OVERRIDES)).toEqual([{ name: '4264695439', ...dword(1) }]);
    expect(machine.registry.subkeyNames(OVERRIDES)).toEqual([]);
  });

  it('fails on a machine without the agent at Stop-Service, and goes on (non-terminating)', () => {
    const result = run(script('workaround-option-2'), {
      ...testMachine({ arcAgent: false, hardware: HW.azure }),
      confirm: true,
    });
    expect(result.streams[0]?.record?.fullyQualifiedErrorId).toBe(
      'NoServiceFoundForGivenName,Microsoft.PowerShell.Commands.StopServiceCommand',
    );
    expect(result.restartRequested).toBe(true);
  });
});

describe('the state the idempotence property compares', () => {
  it('sees registry values and service states', () => {
    const { machine, clock } = testMachine();
    const { machineState } = scriptsModule;
    const before = machineState(machine);
    run(script('workaround-option-2'), { machine, clock, confirm: false });
    const after = machineState(machine);
    expect(after.registry).not.toBe(before.registry);
    expect(after.registry).toContain('"4264695439"=dword:00000001');
    expect(after.services).toContain('himds=Stopped/Automatic');
    expect(before.services).toContain('himds=Running/Automatic');
  });
});
