import { describe, expect, it } from 'vitest';
import {
  bootVbs,
  DEVICE_GUARD_KEY,
  enableVbsInRegistry,
  type Hardware,
  Machine,
  readVbsConfig,
  SECURITY_SERVICE,
} from '../../simulators/machine/index.js';
import { dword, Registry } from '../../simulators/registry/index.js';
import { ManualClock } from '../../simulators/shared/clock.js';
import { InvariantError } from '../../simulators/shared/invariant.js';
import { HW, machineAt, START, spec } from './fixtures.js';

const DEVICE_GUARD = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard';
const HVCI = `${DEVICE_GUARD}\\Scenarios\\HypervisorEnforcedCodeIntegrity`;

/** Writes a DWORD, creating the key first, as New-Item + New-ItemProperty would. */
function writeDword(machine: Machine, key: string, name: string, value: number): void {
  machine.registry.createKey(key);
  expect(machine.registry.setValue(key, name, dword(value))).toBe(true);
}

describe('readVbsConfig', () => {
  it('reads nothing enabled from a registry without DeviceGuard settings', () => {
    expect(readVbsConfig(Registry.windows())).toEqual({
      enabled: false,
      requiredSecurityProperties: [],
      servicesConfigured: [],
    });
  });

  it('requires hypervisor support and Secure Boot by default, plus DMA protection for 3', () => {
    const registry = Registry.windows();
    registry.createKey(DEVICE_GUARD_KEY);
    registry.setValue(DEVICE_GUARD_KEY, 'EnableVirtualizationBasedSecurity', dword(1));
    expect(readVbsConfig(registry).requiredSecurityProperties).toEqual([1, 2]);
    registry.setValue(DEVICE_GUARD_KEY, 'RequirePlatformSecurityFeatures', dword(3));
    expect(readVbsConfig(registry).requiredSecurityProperties).toEqual([1, 2, 3]);
    registry.setValue(DEVICE_GUARD_KEY, 'RequirePlatformSecurityFeatures', dword(1));
    expect(readVbsConfig(registry).requiredSecurityProperties).toEqual([1, 2]);
  });

  it('is not enabled by EnableVirtualizationBasedSecurity = 0', () => {
    const registry = Registry.windows();
    registry.createKey(DEVICE_GUARD_KEY);
    registry.setValue(DEVICE_GUARD_KEY, 'EnableVirtualizationBasedSecurity', dword(0));
    registry.setValue(DEVICE_GUARD_KEY, 'RequirePlatformSecurityFeatures', dword(3));
    expect(readVbsConfig(registry)).toEqual({
      enabled: false,
      requiredSecurityProperties: [],
      servicesConfigured: [],
    });
  });

  it('turns VBS on for HVCI alone, configuring memory integrity', () => {
    const registry = Registry.windows();
    registry.createKey(`${DEVICE_GUARD_KEY}\\Scenarios\\HypervisorEnforcedCodeIntegrity`);
    registry.setValue(`${DEVICE_GUARD_KEY}\\Scenarios\\HypervisorEnforcedCodeIntegrity`, 'Enabled', dword(1));
    expect(readVbsConfig(registry)).toEqual({
      enabled: true,
      requiredSecurityProperties: [1, 2],
      servicesConfigured: [SECURITY_SERVICE.hvci],
    });
  });

  it.each([1, 2])('turns VBS on for Credential Guard (LsaCfgFlags = %i)', (flags) => {
    const registry = Registry.windows();
    registry.createKey('HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa');
    registry.setValue('HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa', 'LsaCfgFlags', dword(flags));
    expect(readVbsConfig(registry)).toEqual({
      enabled: true,
      requiredSecurityProperties: [1, 2],
      servicesConfigured: [SECURITY_SERVICE.credentialGuard],
    });
  });

  it('does not count LsaCfgFlags = 0 as Credential Guard', () => {
    const registry = Registry.windows();
    registry.createKey('HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa');
    registry.setValue('HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa', 'LsaCfgFlags', dword(0));
    expect(readVbsConfig(registry).enabled).toBe(false);
  });
});

describe('enableVbsInRegistry', () => {
  it('writes the documented switch and Secure Boot as the platform requirement', () => {
    const registry = Registry.windows();
    enableVbsInRegistry(registry);
    expect(registry.getValue(DEVICE_GUARD, 'EnableVirtualizationBasedSecurity')).toEqual({
      name: 'EnableVirtualizationBasedSecurity',
      type: 'REG_DWORD',
      data: 1,
    });
    expect(registry.getValue(DEVICE_GUARD, 'RequirePlatformSecurityFeatures')).toMatchObject({
      type: 'REG_DWORD',
      data: 1,
    });
    expect(readVbsConfig(registry).enabled).toBe(true);
  });
});

describe('bootVbs', () => {
  const enabled = { enabled: true, requiredSecurityProperties: [1, 2], servicesConfigured: [2] };

  it('runs an enabled configuration on capable hardware, with its services', () => {
    expect(bootVbs(enabled, HW.gen2)).toEqual({
      ...enabled,
      status: 2,
      availableSecurityProperties: [1, 2, 5, 7, 8],
      servicesRunning: [2],
    });
  });

  it('leaves an enabled configuration not running on incapable hardware', () => {
    for (const hardware of [
      HW.gen1,
      HW.bios,
      HW.noSecureBoot,
      { ...HW.gen2, virtualizationSupport: false },
    ]) {
      const state = bootVbs(enabled, hardware as Hardware);
      expect(state.status).toBe(1);
      expect(state.servicesRunning).toEqual([]);
    }
  });

  it('reports status 0 and nothing running when not enabled, even on capable hardware', () => {
    const state = bootVbs(
      { enabled: false, requiredSecurityProperties: [], servicesConfigured: [] },
      HW.physical,
    );
    expect(state.status).toBe(0);
    expect(state.servicesRunning).toEqual([]);
    expect(state.availableSecurityProperties).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('does not run when a required property is missing', () => {
    const dma = { enabled: true, requiredSecurityProperties: [1, 2, 3], servicesConfigured: [] };
    expect(bootVbs(dma, HW.gen2).status).toBe(1);
    expect(bootVbs(dma, HW.physical).status).toBe(2);
  });
});

describe('the VBS boot cycle of a machine', () => {
  it.each([
    ['the native path', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard'],
    ["the seed's drive path", 'HKLM:\\System\\CurrentControlSet\\Control\\DeviceGuard'],
    [
      'ControlSet001, which CurrentControlSet links to',
      'HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Control\\DeviceGuard',
    ],
  ])('EnableVirtualizationBasedSecurity written through %s takes effect at the restart', (_, key) => {
    const { clock, machine } = machineAt({ vbs: 'disabled', hardware: HW.gen2 });
    expect(machine.boot.vbs.status).toBe(0);
    expect(machine.pendingBootChanges()).toEqual([]);

    writeDword(machine, key, 'EnableVirtualizationBasedSecurity', 1);
    expect(machine.boot.vbs.status).toBe(0);
    expect(machine.boot.vbs.enabled).toBe(false);
    expect(machine.pendingBootChanges()).toEqual(['vbs']);

    clock.advance(60_000);
    machine.restart('vbs-enable');
    expect(machine.boot.vbs).toMatchObject({
      status: 2,
      enabled: true,
      requiredSecurityProperties: [1, 2],
      availableSecurityProperties: [1, 2, 5, 7, 8],
    });
    expect(machine.boot.at).toBe(clock.now());
    expect(machine.pendingBootChanges()).toEqual([]);
  });

  it.each([
    ['Hyper-V Gen 1', HW.gen1],
    ['BIOS', HW.bios],
    ['UEFI without Secure Boot', HW.noSecureBoot],
    ['no virtualization support', { ...HW.gen2, virtualizationSupport: false }],
  ] as const)('on %s the restart leaves VBS enabled but not running (status 1)', (_, hardware) => {
    const { machine } = machineAt({ vbs: 'disabled', hardware });
    writeDword(machine, DEVICE_GUARD, 'EnableVirtualizationBasedSecurity', 1);
    expect(machine.pendingBootChanges()).toEqual(['vbs']);
    machine.restart('vbs-enable');
    expect(machine.boot.vbs.status).toBe(1);
    expect(machine.pendingBootChanges()).toEqual([]);
  });

  it('turns VBS on with HVCI alone and runs memory integrity', () => {
    const { machine } = machineAt({ vbs: 'disabled', hardware: HW.azure });
    writeDword(machine, HVCI, 'Enabled', 1);
    expect(machine.boot.vbs.status).toBe(0);
    expect(machine.pendingBootChanges()).toEqual(['vbs']);
    machine.restart('hvci');
    expect(machine.boot.vbs).toMatchObject({ status: 2, servicesConfigured: [2], servicesRunning: [2] });
  });

  it('configures but does not run HVCI on Gen 1', () => {
    const { machine } = machineAt({ vbs: 'disabled', hardware: HW.gen1 });
    writeDword(machine, HVCI, 'Enabled', 1);
    machine.restart('hvci');
    expect(machine.boot.vbs).toMatchObject({ status: 1, servicesConfigured: [2], servicesRunning: [] });
  });

  it('does not run with DMA protection required on a Gen 2 VM, but does on a physical server', () => {
    const vm = machineAt({ vbs: 'disabled', hardware: HW.gen2 }).machine;
    const server = machineAt({ name: 'PHYS01', vbs: 'disabled', hardware: HW.physical }).machine;
    for (const machine of [vm, server]) {
      writeDword(machine, DEVICE_GUARD, 'EnableVirtualizationBasedSecurity', 1);
      writeDword(machine, DEVICE_GUARD, 'RequirePlatformSecurityFeatures', 3);
      machine.restart('vbs-enable');
    }
    expect(vm.boot.vbs.status).toBe(1);
    expect(vm.boot.vbs.requiredSecurityProperties).toEqual([1, 2, 3]);
    expect(server.boot.vbs.status).toBe(2);
  });

  it('keeps VBS running until the restart after it is switched off', () => {
    const { machine } = machineAt({ vbs: 'running', hardware: HW.physical });
    expect(machine.boot.vbs.status).toBe(2);
    writeDword(machine, DEVICE_GUARD, 'EnableVirtualizationBasedSecurity', 0);
    expect(machine.boot.vbs.status).toBe(2);
    expect(machine.pendingBootChanges()).toEqual(['vbs']);
    machine.restart('vbs-disable');
    expect(machine.boot.vbs.status).toBe(0);
  });

  it('writing the value it already has leaves nothing pending', () => {
    const { machine } = machineAt({ vbs: 'running' });
    writeDword(machine, DEVICE_GUARD, 'EnableVirtualizationBasedSecurity', 1);
    expect(machine.pendingBootChanges()).toEqual([]);
  });

  describe('initial state', () => {
    it("'running' starts at status 2 with the registry enabling VBS", () => {
      const { machine } = machineAt({ vbs: 'running', hardware: HW.vmware });
      expect(machine.boot.vbs.status).toBe(2);
      expect(machine.registry.getValue(DEVICE_GUARD, 'EnableVirtualizationBasedSecurity')).toMatchObject({
        type: 'REG_DWORD',
        data: 1,
      });
      expect(machine.pendingBootChanges()).toEqual([]);
    });

    it("'running' on Gen 1 throws", () => {
      const make = () => new Machine(spec({ vbs: 'running', hardware: HW.gen1 }), new ManualClock(START));
      expect(make).toThrow(InvariantError);
      expect(make).toThrow(
        '[hotpatch-harness] WS01: VBS cannot be running on hyperv-gen1 with bios firmware and Secure Boot off',
      );
    });

    it("'running' on a Gen 1 spec that claims UEFI names the firmware it really boots", () => {
      const hardware = { ...HW.gen1, firmware: 'uefi', secureBoot: true } as const;
      expect(() => new Machine(spec({ vbs: 'running', hardware }), new ManualClock(START))).toThrow(
        '[hotpatch-harness] WS01: VBS cannot be running on hyperv-gen1 with bios firmware and Secure Boot on',
      );
    });

    it("'running' without Secure Boot throws", () => {
      expect(
        () => new Machine(spec({ vbs: 'running', hardware: HW.noSecureBoot }), new ManualClock(START)),
      ).toThrow(
        '[hotpatch-harness] WS01: VBS cannot be running on physical with uefi firmware and Secure Boot off',
      );
    });

    it("'configured' on capable hardware starts at status 0 with 'vbs' pending, 2 after a restart", () => {
      const { machine } = machineAt({ vbs: 'configured', hardware: HW.gen2 });
      expect(machine.registry.getValue(DEVICE_GUARD, 'EnableVirtualizationBasedSecurity')).toMatchObject({
        data: 1,
      });
      expect(machine.boot.vbs.status).toBe(0);
      expect(machine.pendingBootChanges()).toEqual(['vbs']);
      machine.restart('vbs-enable');
      expect(machine.boot.vbs.status).toBe(2);
      expect(machine.pendingBootChanges()).toEqual([]);
    });

    it("'configured' on incapable hardware starts at status 1 with nothing pending", () => {
      for (const hardware of [HW.gen1, HW.bios]) {
        const { machine } = machineAt({ vbs: 'configured', hardware });
        expect(machine.boot.vbs.status).toBe(1);
        expect(machine.pendingBootChanges()).toEqual([]);
        machine.restart('retry');
        expect(machine.boot.vbs.status).toBe(1);
      }
    });

    it("'disabled' starts at status 0 with no DeviceGuard value", () => {
      const { machine } = machineAt({ vbs: 'disabled', hardware: HW.physical });
      expect(machine.boot.vbs.status).toBe(0);
      expect(machine.registry.getValue(DEVICE_GUARD, 'EnableVirtualizationBasedSecurity')).toBeUndefined();
      machine.restart('noop');
      expect(machine.boot.vbs.status).toBe(0);
    });
  });
});
