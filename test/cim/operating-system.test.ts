import { describe, expect, it } from 'vitest';
import { toDmtf } from '../../simulators/cim/index.js';
import { HW, NOV_HOTPATCH, NOV_LCU } from '../machine/fixtures.js';
import { cimAt, propertyValue } from './fixtures.js';

const os = (cim: ReturnType<typeof cimAt>['cim']) => cim.getInstances(undefined, 'Win32_OperatingSystem')[0];

describe('Win32_OperatingSystem', () => {
  it.each([
    ['standard', 'Microsoft Windows Server 2025 Standard', 7],
    ['datacenter', 'Microsoft Windows Server 2025 Datacenter', 8],
    ['datacenter-azure-edition', 'Microsoft Windows Server 2025 Datacenter: Azure Edition', 407],
  ] as const)('names the %s edition %j, SKU %i', (edition, caption, sku) => {
    const instance = os(cimAt({ edition }).cim);
    expect(propertyValue(instance, 'Caption')).toBe(caption);
    expect(propertyValue(instance, 'OperatingSystemSKU')).toBe(sku);
    expect(propertyValue(instance, 'Version')).toBe('10.0.26100');
    expect(propertyValue(instance, 'BuildNumber')).toBe('26100');
    expect(propertyValue(instance, 'Name')).toBe(`${caption}|C:\\Windows|\\Device\\Harddisk0\\Partition3`);
  });

  it('puts Windows on partition 2 of a BIOS machine', () => {
    expect(propertyValue(os(cimAt({ hardware: HW.gen1, vbs: 'disabled' }).cim), 'Name')).toMatch(
      /\\Partition2$/,
    );
  });

  it('takes LastBootUpTime from the last boot and LocalDateTime from the clock', () => {
    const { machine, cim, clock } = cimAt({}, '2025-11-11T18:00:00Z');
    expect(propertyValue(os(cim), 'LastBootUpTime')).toBe(Date.parse('2025-11-11T18:00:00Z'));
    machine.install(NOV_HOTPATCH); // no restart
    clock.set('2025-11-12T03:30:00Z');
    expect(propertyValue(os(cim), 'LastBootUpTime')).toBe(Date.parse('2025-11-11T18:00:00Z'));
    expect(propertyValue(os(cim), 'LocalDateTime')).toBe(Date.parse('2025-11-12T03:30:00Z'));
    machine.install(NOV_LCU);
    machine.restart('update-install');
    expect(toDmtf(propertyValue(os(cim), 'LastBootUpTime') as number)).toBe('20251112033000.000000+000');
  });

  it('lists its properties in WMI order with their CIM types', () => {
    expect(os(cimAt().cim)?.properties.map((p) => `${p.name}:${p.type}`)).toEqual([
      'Caption:String',
      'Description:String',
      'InstallDate:DateTime',
      'Name:String',
      'Status:String',
      'CreationClassName:String',
      'CSCreationClassName:String',
      'CSName:String',
      'CurrentTimeZone:SInt16',
      'LastBootUpTime:DateTime',
      'LocalDateTime:DateTime',
      'OSType:UInt16',
      'TotalVisibleMemorySize:UInt64',
      'Version:String',
      'BuildNumber:String',
      'BuildType:String',
      'CSDVersion:String',
      'Manufacturer:String',
      'OperatingSystemSKU:UInt32',
      'OSArchitecture:String',
      'OSLanguage:UInt32',
      'ProductType:UInt32',
      'SystemDirectory:String',
      'SystemDrive:String',
      'WindowsDirectory:String',
    ]);
  });
});

describe('Win32_ComputerSystem', () => {
  const cs = (overrides: Parameters<typeof cimAt>[0]) =>
    cimAt(overrides).cim.getInstances(undefined, 'Win32_ComputerSystem')[0];

  it('reports a Hyper-V VM with its processors, memory and the hypervisor', () => {
    const instance = cs({ name: 'web-01', hardware: HW.gen2 });
    expect(
      [
        'Name',
        'Manufacturer',
        'Model',
        'NumberOfLogicalProcessors',
        'TotalPhysicalMemory',
        'HypervisorPresent',
      ].map((p) => propertyValue(instance, p)),
    ).toEqual(['WEB-01', 'Microsoft Corporation', 'Virtual Machine', 4, 16 * 1024 ** 3, true]);
  });

  it('reports VMware as VMware', () => {
    const instance = cs({ hardware: HW.vmware });
    expect([propertyValue(instance, 'Manufacturer'), propertyValue(instance, 'Model')]).toEqual([
      'VMware, Inc.',
      'VMware20,1',
    ]);
  });

  it('sees a hypervisor on a physical server only while VBS runs', () => {
    expect(propertyValue(cs({ hardware: HW.physical, vbs: 'running' }), 'HypervisorPresent')).toBe(true);
    expect(propertyValue(cs({ hardware: HW.physical, vbs: 'disabled' }), 'HypervisorPresent')).toBe(false);
  });
});
