import { describe, expect, it } from 'vitest';
import { dword } from '../../simulators/registry/index.js';
import { HW } from '../machine/fixtures.js';
import { cimAt, propertyValue, vbsStatus } from './fixtures.js';

const DEVICE_GUARD = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard';

/** The seed's enablement step: the DWORD under HKLM\System\...\DeviceGuard (the seed's casing). */
function enableVbs(machine: ReturnType<typeof cimAt>['machine']): void {
  const key = 'HKLM\\System\\CurrentControlSet\\Control\\DeviceGuard';
  machine.registry.createKey(key);
  machine.registry.setValue(key, 'EnableVirtualizationBasedSecurity', dword(1));
}

describe('Win32_DeviceGuard VirtualizationBasedSecurityStatus, the seed check', () => {
  it('is 0 before the restart and 2 after it on Gen 2 hardware', () => {
    const { machine, cim } = cimAt({ vbs: 'disabled', hardware: HW.gen2 });
    expect(vbsStatus(cim)).toBe(0);
    enableVbs(machine);
    expect(vbsStatus(cim)).toBe(0); // settings apply at the next boot
    machine.restart('requested');
    expect(vbsStatus(cim)).toBe(2);
  });

  it('is 1 after the restart on a Gen 1 VM, which cannot run VBS', () => {
    const { machine, cim } = cimAt({ vbs: 'disabled', hardware: HW.gen1 });
    enableVbs(machine);
    expect(vbsStatus(cim)).toBe(0);
    machine.restart('requested');
    expect(vbsStatus(cim)).toBe(1);
  });

  it('goes back to 0 only at the restart after VBS is switched off', () => {
    const { machine, cim } = cimAt({ vbs: 'running' });
    expect(vbsStatus(cim)).toBe(2);
    machine.registry.setValue(DEVICE_GUARD, 'EnableVirtualizationBasedSecurity', dword(0));
    expect(vbsStatus(cim)).toBe(2);
    machine.restart('requested');
    expect(vbsStatus(cim)).toBe(0);
  });
});

describe('the Win32_DeviceGuard instance', () => {
  it('has every Server 2025 property, alphabetical, with its CIM type', () => {
    const [dg] = cimAt().cim.getInstances('root\\Microsoft\\Windows\\DeviceGuard', 'Win32_DeviceGuard');
    expect(dg?.className).toBe('Win32_DeviceGuard');
    expect(dg?.namespace).toBe('root/Microsoft/Windows/DeviceGuard');
    expect(dg?.properties.map((p) => `${p.name}:${p.type}`)).toEqual([
      'AvailableSecurityProperties:UInt32Array',
      'CodeIntegrityPolicyEnforcementStatus:UInt32',
      'InstanceIdentifier:String',
      'RequiredSecurityProperties:UInt32Array',
      'SecurityFeaturesEnabled:UInt32Array',
      'SecurityServicesConfigured:UInt32Array',
      'SecurityServicesRunning:UInt32Array',
      'SmmIsolationLevel:UInt8',
      'UsermodeCodeIntegrityPolicyEnforcementStatus:UInt32',
      'Version:String',
      'VirtualizationBasedSecurityStatus:UInt32',
      'VirtualMachineIsolation:Boolean',
      'VirtualMachineIsolationProperties:UInt32Array',
    ]);
  });

  it('reports VBS running on Gen 2 with the boot state, the machine id and version 1.0', () => {
    const { machine, cim } = cimAt({ vbs: 'running', hardware: HW.gen2 });
    const [dg] = cim.getInstances('root/Microsoft/Windows/DeviceGuard', 'Win32_DeviceGuard');
    expect(Object.fromEntries(dg?.properties.map((p) => [p.name, p.value]) ?? [])).toEqual({
      AvailableSecurityProperties: [1, 2, 5, 7, 8],
      CodeIntegrityPolicyEnforcementStatus: 0,
      InstanceIdentifier: machine.id,
      RequiredSecurityProperties: [1, 2],
      SecurityFeaturesEnabled: [0],
      SecurityServicesConfigured: [0],
      SecurityServicesRunning: [0],
      SmmIsolationLevel: 0,
      UsermodeCodeIntegrityPolicyEnforcementStatus: 0,
      Version: '1.0',
      VirtualizationBasedSecurityStatus: 2,
      VirtualMachineIsolation: false,
      VirtualMachineIsolationProperties: [0],
    });
  });

  it('lists {0} for "none", as real machines do, and the HVCI service once it runs', () => {
    const { machine, cim } = cimAt({ vbs: 'disabled', hardware: HW.gen2 });
    const dg = () => cim.getInstances('root/Microsoft/Windows/DeviceGuard', 'Win32_DeviceGuard')[0];
    expect(propertyValue(dg(), 'RequiredSecurityProperties')).toEqual([0]);
    expect(propertyValue(dg(), 'SecurityServicesRunning')).toEqual([0]);
    const hvci = `${DEVICE_GUARD}\\Scenarios\\HypervisorEnforcedCodeIntegrity`;
    machine.registry.createKey(hvci);
    machine.registry.setValue(hvci, 'Enabled', dword(1));
    machine.restart('requested');
    expect(propertyValue(dg(), 'SecurityServicesConfigured')).toEqual([2]);
    expect(propertyValue(dg(), 'SecurityServicesRunning')).toEqual([2]);
    expect(propertyValue(dg(), 'VirtualizationBasedSecurityStatus')).toBe(2);
  });
});
