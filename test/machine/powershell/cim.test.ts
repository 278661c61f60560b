import { describe, expect, it } from 'vitest';
import { HW, NOV_HOTPATCH, NOV_LCU } from '../fixtures.js';
import { firstError, run, testMachine, useGrammar } from './helpers.js';

useGrammar();

/** DOC (the seed, DOMAIN.md 2): the documented VBS check. */
const VBS_CHECK =
  "Get-CimInstance -Namespace 'root/Microsoft/Windows/DeviceGuard' -ClassName 'win32_deviceGuard' | Select-Object -ExpandProperty 'VirtualizationBasedSecurityStatus'";

describe('Get-CimInstance', () => {
  it('the documented VBS check prints 0 before the restart and 2 after it', () => {
    const { machine, clock } = testMachine({ vbs: 'configured' });
    const before = run(VBS_CHECK, { machine, clock });
    expect(before.output).toEqual([0]);
    expect(before.text).toBe('0');
    clock.advance(60_000);
    machine.restart('requested');
    expect(run(VBS_CHECK, { machine, clock }).text).toBe('2');
  });

  it('1 when the hardware cannot run VBS, 2 when it runs', () => {
    expect(run(VBS_CHECK, testMachine({ vbs: 'configured', hardware: HW.gen1 })).output).toEqual([1]);
    expect(run(VBS_CHECK).output).toEqual([2]);
  });

  it('returns CimInstance objects with the class properties, PSComputerName and CimSystemProperties', () => {
    const result = run(`
$g = Get-CimInstance -Namespace root\\Microsoft\\Windows\\DeviceGuard -ClassName Win32_DeviceGuard
$g.GetType().FullName; $g.Version; $g.AvailableSecurityProperties; $g.CimSystemProperties.ClassName; "$($g.CimClass)"
(gcim Win32_Service -Filter "Name = 'himds'").State
(Get-CimInstance -Query "SELECT Name FROM Win32_Service WHERE StartMode = 'Disabled'").Name
(Get-CimInstance Win32_OperatingSystem -Property Caption).Caption
"$(Get-CimInstance Win32_Service -Filter "Name='himds'")"
`);
    expect(result.output).toEqual([
      'Microsoft.Management.Infrastructure.CimInstance',
      '1.0',
      1,
      2,
      5,
      7,
      8,
      'Win32_DeviceGuard',
      'root/Microsoft/Windows/DeviceGuard:Win32_DeviceGuard',
      'Running',
      'arcproxy',
      'Microsoft Windows Server 2025 Datacenter',
      'Win32_Service (Name = "himds")',
    ]);
  });

  it('LastBootUpTime is a DateTime', () => {
    expect(run('"$((Get-CimInstance Win32_OperatingSystem).LastBootUpTime)"').output).toEqual([
      '10/23/2025 8:00:00 AM',
    ]);
  });

  it('an invalid class or namespace is a non-terminating CimException (DOMAIN.md 7)', () => {
    const result = run(
      "Get-CimInstance -ClassName Win32_Nope; Get-CimInstance -Namespace root/nope -ClassName Win32_DeviceGuard; 'next'",
    );
    const records = result.streams.filter((s) => s.stream === 'error').map((s) => s.record);
    expect(records.map((r) => [r?.exception.message, r?.categoryInfo, r?.fullyQualifiedErrorId])).toEqual([
      [
        'Invalid class ',
        'MetadataError: (root\\cimv2:Win32_Nope:String) [Get-CimInstance], CimException',
        'HRESULT 0x80041010,Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand',
      ],
      [
        'Invalid namespace ',
        'MetadataError: (root/nope:Win32_DeviceGuard:String) [Get-CimInstance], CimException',
        'HRESULT 0x8004100e,Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand',
      ],
    ]);
    expect(result.output).toEqual(['next']);
  });
});

describe('Get-WmiObject', () => {
  it('returns ManagementObjects: WMI system properties, datetimes as DMTF text (alias gwmi)', () => {
    const result = run(`
$o = Get-WmiObject -Class Win32_OperatingSystem
$o.GetType().FullName; $o.__CLASS; $o.__NAMESPACE; $o.__SERVER; $o.LastBootUpTime; $o.PSComputerName
(gwmi Win32_Service -Filter "Name='himds'").ProcessId -gt 0
(Get-WmiObject -Query "select * from Win32_DeviceGuard" -Namespace root\\Microsoft\\Windows\\DeviceGuard).VirtualizationBasedSecurityStatus
"$(Get-WmiObject Win32_Service -Filter "Name='himds'")"
`);
    expect(result.output).toEqual([
      'System.Management.ManagementObject',
      'Win32_OperatingSystem',
      'root\\cimv2',
      'WS01',
      '20251023080000.000000+000',
      'WS01',
      true,
      2,
      '\\\\WS01\\root\\cimv2:Win32_Service.Name="himds"',
    ]);
  });

  it('errors are ManagementException texts with GetWMIManagementException', () => {
    const result = run(
      'Get-WmiObject -Class Win32_Nope; Get-WmiObject Win32_DeviceGuard -Namespace root\\nope',
    );
    const records = result.streams.filter((s) => s.stream === 'error').map((s) => s.record);
    expect(records.map((r) => [r?.exception.message, r?.categoryInfo, r?.fullyQualifiedErrorId])).toEqual([
      [
        'Invalid class "Win32_Nope"',
        'InvalidType: (:) [Get-WmiObject], ManagementException',
        'GetWMIManagementException,Microsoft.PowerShell.Commands.GetWmiObjectCommand',
      ],
      [
        'Invalid namespace "root\\nope"',
        'InvalidArgument: (:) [Get-WmiObject], ManagementException',
        'GetWMIManagementException,Microsoft.PowerShell.Commands.GetWmiObjectCommand',
      ],
    ]);
  });
});

describe('Get-HotFix', () => {
  it('lists installed updates as Source, Description, HotFixID, InstalledBy, InstalledOn', () => {
    const { machine, clock } = testMachine();
    clock.set('2025-11-11T18:00:00Z');
    machine.install(NOV_HOTPATCH);
    expect(run('Get-HotFix', { machine, clock }).text).toBe(
      [
        '',
        'Source Description     HotFixID  InstalledBy         InstalledOn',
        '------ -----------     --------  -----------         -----------',
        'WS01   Security Update KB5068966 NT AUTHORITY\\SYSTEM 11/11/2025 12:00:00 AM',
        '',
        '',
      ].join('\n'),
    );
  });

  it('-Id picks updates; none found is GetHotFixNoEntriesFound (3P text)', () => {
    const { machine, clock } = testMachine();
    machine.install(NOV_HOTPATCH);
    machine.install(NOV_LCU);
    const result = run('(Get-HotFix -Id KB5068966).HotFixID; Get-HotFix KB5068861', { machine, clock });
    expect(result.output).toEqual(['KB5068966']);
    expect(firstError(result)).toEqual({
      line: "Get-HotFix : Cannot find the requested hotfix on the 'localhost' computer. Verify the input and run the command again.",
      category: 'ObjectNotFound: (:) [Get-HotFix], ArgumentException',
      id: 'GetHotFixNoEntriesFound,Microsoft.PowerShell.Commands.GetHotFixCommand',
    });
  });
});

describe('Get-ComputerInfo', () => {
  it('reports the OS and Device Guard values with their enum names (DOC: DeviceGuardSmartStatus)', () => {
    const result = run(`
$i = Get-ComputerInfo
$i.GetType().FullName; $i.OsName; $i.OsVersion; $i.OsBuildNumber; $i.WindowsProductName; $i.WindowsEditionId; $i.WindowsInstallationType
$i.DeviceGuardSmartStatus; $i.DeviceGuardRequiredSecurityProperties; $i.DeviceGuardCodeIntegrityPolicyEnforcementStatus; $i.HyperVisorPresent
`);
    expect(result.output).toEqual([
      'Microsoft.PowerShell.Commands.ComputerInfo',
      'Microsoft Windows Server 2025 Datacenter',
      '10.0.26100',
      '26100',
      'Windows Server 2025 Datacenter',
      'ServerDatacenter',
      'Server',
      'Running',
      'BaseVirtualizationSupport',
      'SecureBoot',
      'Off',
      true,
    ]);
  });

  it('DeviceGuardSmartStatus is Off, Configured or Running; the lists are null while Off', () => {
    const status = (overrides: Parameters<typeof testMachine>[0]) =>
      run(
        '$i = Get-ComputerInfo; $i.DeviceGuardSmartStatus; $null -eq $i.DeviceGuardSecurityServicesRunning',
        testMachine(overrides),
      ).output;
    expect(status({ vbs: 'disabled' })).toEqual(['Off', true]);
    expect(status({ vbs: 'configured', hardware: HW.gen1 })).toEqual(['Configured', false]);
    expect(status({ vbs: 'running' })).toEqual(['Running', false]);
  });

  it('-Property (wildcards) writes a PSCustomObject in the order asked; unknown names are ignored (alias gin)', () => {
    const result = run(
      'gin -Property OsName, DeviceGuardSmart*, DeviceGuardVirtualizationBasedSecurityStatus',
    );
    expect(result.text).toBe(
      [
        '',
        'OsName                                   DeviceGuardSmartStatus',
        '------                                   ----------------------',
        'Microsoft Windows Server 2025 Datacenter Running',
        '',
        '',
      ].join('\n'),
    );
  });

  it('Server Core says so', () => {
    expect(
      run('(Get-ComputerInfo).WindowsInstallationType', testMachine({ installation: 'core' })).output,
    ).toEqual(['Server Core']);
  });
});
