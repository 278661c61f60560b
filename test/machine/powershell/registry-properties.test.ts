import { describe, expect, it } from 'vitest';
import { dword, sz } from '../../../simulators/registry/index.js';
import { firstError, firstErrorLines, run, streamsOf, testMachine, useGrammar } from './helpers.js';

useGrammar();

const DG = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard';
const SUBS = 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Subscriptions';
const PS_PROPS = [
  'PSPath                            : Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard',
  'PSParentPath                      : Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control',
  'PSChildName                       : DeviceGuard',
  'PSDrive                           : HKLM',
  'PSProvider                        : Microsoft.PowerShell.Core\\Registry',
];

describe('Get-ItemProperty', () => {
  it('writes the values, then the provider properties, as a list (3P: 5.1 output)', () => {
    expect(run(`Get-ItemProperty -Path '${DG}'`).text).toBe(
      [
        '',
        '',
        'EnableVirtualizationBasedSecurity : 1',
        'RequirePlatformSecurityFeatures   : 1',
        ...PS_PROPS,
        '',
        '',
        '',
      ].join('\n'),
    );
  });

  it('-Name picks values (position 1, alias gp); the object keeps the PS properties', () => {
    const result = run(
      `$p = gp '${DG}' EnableVirtualizationBasedSecurity; $p.EnableVirtualizationBasedSecurity; $p.PSChildName; $p.RequirePlatformSecurityFeatures -eq $null`,
    );
    expect(result.output).toEqual([1, 'DeviceGuard', true]);
  });

  it('names the unnamed value (default), reads DWORDs signed, expands REG_EXPAND_SZ', () => {
    const { machine, clock } = testMachine();
    const key = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Test';
    machine.registry.createKey(key);
    machine.registry.setValue(key, '', sz('hello'));
    machine.registry.setValue(key, 'Big', dword(0xffffffff));
    const result = run(
      "$p = Get-ItemProperty HKLM:\\SOFTWARE\\Test; $p.'(default)'; $p.Big; (Get-ItemProperty HKLM:\\SYSTEM\\CurrentControlSet\\Services\\wuauserv).ImagePath",
      { machine, clock },
    );
    expect(result.output).toEqual(['hello', -1, 'C:\\Windows\\system32\\svchost.exe -k netsvcs -p']);
  });

  it('a missing value is a non-terminating PSArgumentException naming the native path', () => {
    const result = run(`Get-ItemProperty -Path '${DG}' -Name Nope; 'next'`);
    expect(firstErrorLines(result).slice(0, 4)).toEqual([
      'Get-ItemProperty : Property Nope does not exist at path HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard.',
      'At line:1 char:1',
      "+ Get-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Device ...",
      '+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
    ]);
    expect(firstError(result)).toEqual({
      line: 'Get-ItemProperty : Property Nope does not exist at path HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard.',
      category: 'InvalidArgument: (Nope:String) [Get-ItemProperty], PSArgumentException',
      id: 'System.Management.Automation.PSArgumentException,Microsoft.PowerShell.Commands.GetItemPropertyCommand',
    });
    expect(result.output).toEqual(['next']);
  });

  it('a missing key is PathNotFound with the path as typed', () => {
    const result = run("Get-ItemProperty 'HKLM:\\SOFTWARE\\Nope'");
    expect(firstErrorLines(result)[0]).toBe(
      "Get-ItemProperty : Cannot find path 'HKLM:\\SOFTWARE\\Nope' because it does not exist.",
    );
    expect(firstErrorLines(result).at(-1)).toBe(
      '    + FullyQualifiedErrorId : PathNotFound,Microsoft.PowerShell.Commands.GetItemPropertyCommand',
    );
  });

  it('a drive that does not exist is DriveNotFound', () => {
    const result = run("Get-ItemProperty 'HKCR:\\x'");
    expect(firstErrorLines(result)[0]).toBe(
      "Get-ItemProperty : Cannot find drive. A drive with the name 'HKCR' does not exist.",
    );
    expect(firstErrorLines(result).at(-1)).toBe(
      '    + FullyQualifiedErrorId : DriveNotFound,Microsoft.PowerShell.Commands.GetItemPropertyCommand',
    );
  });

  it('a key without values writes nothing; piped keys bind by PSPath', () => {
    expect(run(`Get-ItemProperty '${SUBS}'`).output).toEqual([]);
    const result = run(
      "Get-ChildItem HKLM:\\SYSTEM\\CurrentControlSet\\Services | Where-Object PSChildName -eq 'himds' | Get-ItemProperty | Select-Object -ExpandProperty DisplayName",
    );
    expect(result.output).toEqual(['Azure Hybrid Instance Metadata Service']);
  });

  it('wildcards in -Path and -Name', () => {
    const result = run(
      "(Get-ItemProperty 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\h*' -Name Display*).DisplayName",
    );
    expect(result.output).toEqual(['Azure Hybrid Instance Metadata Service']);
  });
});

describe('Get-ItemPropertyValue', () => {
  it('writes the values only (alias gpv)', () => {
    const result = run(
      `Get-ItemPropertyValue '${DG}' -Name EnableVirtualizationBasedSecurity, RequirePlatformSecurityFeatures; gpv '${DG}' EnableVirtualizationBasedSecurity`,
    );
    expect(result.output).toEqual([1, 1, 1]);
  });

  it('a missing value is an error of the cmdlet', () => {
    const result = run(`Get-ItemPropertyValue '${DG}' -Name Nope`);
    expect(firstError(result)).toEqual({
      line: 'Get-ItemPropertyValue : Property Nope does not exist at path HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard.',
      category: 'InvalidArgument: (Nope:String) [Get-ItemPropertyValue], PSArgumentException',
      id: 'System.Management.Automation.PSArgumentException,Microsoft.PowerShell.Commands.GetItemPropertyValueCommand',
    });
  });
});

describe('Set-ItemProperty', () => {
  it('creates a value, inferring its kind, or with -Type; an existing value keeps its kind', () => {
    const result = run(`
Set-ItemProperty -Path '${SUBS}' -Name 'A' -Value 5
Set-ItemProperty '${SUBS}' 'B' 'text'
Set-ItemProperty -Path '${SUBS}' -Name 'C' -Value 7 -Type QWord
Set-ItemProperty -Path '${DG}' -Name 'EnableVirtualizationBasedSecurity' -Value '0'
`);
    const key = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Subscriptions';
    expect(result.machine.registry.values(key)).toEqual([
      { name: 'A', type: 'REG_DWORD', data: 5 },
      { name: 'B', type: 'REG_SZ', data: 'text' },
      { name: 'C', type: 'REG_QWORD', data: 7n },
    ]);
    expect(
      result.machine.registry.getValue(
        'HKLM\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard',
        'EnableVirtualizationBasedSecurity',
      ),
    ).toEqual({ name: 'EnableVirtualizationBasedSecurity', type: 'REG_DWORD', data: 0 });
    expect(result.output).toEqual([]);
  });

  it('-Type takes RegistryValueKind names only (the binder says so)', () => {
    const result = run(`Set-ItemProperty -Path '${SUBS}' -Name A -Value 1 -Type Dword2`);
    expect(firstErrorLines(result)[0]).toBe(
      'Set-ItemProperty : Cannot bind parameter \'Type\'. Cannot convert value "Dword2" to type "Microsoft.Win32.RegistryValueKind". Error: "Unable to match the identifier name Dword2 to a valid enumerator name. Specify one of the following enumerator names and try again:',
    );
  });

  it('-PassThru writes the property object; -WhatIf writes "Set Property" and changes nothing', () => {
    const result = run(`
(Set-ItemProperty -Path '${SUBS}' -Name A -Value 1 -PassThru).A
Set-ItemProperty -Path '${SUBS}' -Name B -Value 1 -WhatIf
`);
    expect(result.output).toEqual([1]);
    expect(streamsOf(result).filter(([s]) => s === 'host')).toEqual([
      [
        'host',
        'What if: Performing the operation "Set Property" on target "Item: HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Subscriptions Property: B".',
      ],
    ]);
    expect(result.machine.registry.getValue(SUBS.replace('HKLM:', 'HKLM'), 'B')).toBeUndefined();
  });

  it('a missing key is PathNotFound, not created', () => {
    const result = run("Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Nope' -Name A -Value 1");
    expect(firstErrorLines(result).at(-1)).toBe(
      '    + FullyQualifiedErrorId : PathNotFound,Microsoft.PowerShell.Commands.SetItemPropertyCommand',
    );
    expect(result.machine.registry.keyExists('HKLM\\SOFTWARE\\Nope')).toBe(false);
  });
});

describe('New-ItemProperty', () => {
  it('writes the new property object (DOMAIN.md 7)', () => {
    const result = run(`New-ItemProperty -Path '${SUBS}' -Name 'X' -PropertyType DWord -Value 1`);
    expect(result.text).toBe(
      [
        '',
        '',
        'X            : 1',
        'PSPath       : Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Subscriptions',
        'PSParentPath : Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion',
        'PSChildName  : Subscriptions',
        'PSDrive      : HKLM',
        'PSProvider   : Microsoft.PowerShell.Core\\Registry',
        '',
        '',
        '',
      ].join('\n'),
    );
  });

  it('an existing value is an IOException without -Force, overwritten with it', () => {
    const result = run(`
New-ItemProperty -Path '${SUBS}' -Name 'X' -Value 1 -PropertyType DWord | Out-Null
New-ItemProperty -Path '${SUBS}' -Name 'X' -Value 2 -PropertyType DWord
New-ItemProperty -Path '${SUBS}' -Name 'X' -Value 3 -Type DWord -Force | Out-Null
`);
    expect(firstErrorLines(result).slice(0, 2)).toEqual([
      'New-ItemProperty : The property already exists.',
      'At line:3 char:1',
    ]);
    expect(firstError(result)).toMatchObject({
      category: 'ResourceExists: (HKEY_LOCAL_MACH...n\\Subscriptions:String) [New-ItemProperty], IOException',
      id: 'System.IO.IOException,Microsoft.PowerShell.Commands.NewItemPropertyCommand',
    });
    expect(result.machine.registry.getValue(SUBS.replace('HKLM:', 'HKLM'), 'X')?.data).toBe(3);
  });

  it('-Force does not create a missing key (PathNotFound)', () => {
    const result = run("New-ItemProperty -Path 'HKLM:\\SOFTWARE\\Nope' -Name X -Value 1 -Force");
    expect(firstErrorLines(result)[0]).toBe(
      "New-ItemProperty : Cannot find path 'HKLM:\\SOFTWARE\\Nope' because it does not exist.",
    );
    expect(result.machine.registry.keyExists('HKLM\\SOFTWARE\\Nope')).toBe(false);
  });
});

describe('Remove-ItemProperty', () => {
  const MUTEX = 'DeviceLicensingServiceCommandMutex';

  it('removes the value and leaves the key', () => {
    const { machine, clock } = testMachine();
    machine.registry.setValue(SUBS.replace('HKLM:', 'HKLM'), MUTEX, sz('x'));
    const result = run(`Remove-ItemProperty -Path '${SUBS}' -Name '${MUTEX}'`, { machine, clock });
    expect(result.streams).toEqual([]);
    expect(machine.registry.values(SUBS.replace('HKLM:', 'HKLM'))).toEqual([]);
  });

  it('a missing value is non-terminating (DOMAIN.md 7): the script goes on', () => {
    const result = run(`Remove-ItemProperty -Path '${SUBS}' -Name '${MUTEX}'; 'after'`);
    expect(firstError(result)).toEqual({
      line: `Remove-ItemProperty : Property ${MUTEX} does not exist at path HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Subscriptions.`,
      category: `InvalidArgument: (${MUTEX}:String) [Remove-ItemProperty], PSArgumentException`,
      id: 'System.Management.Automation.PSArgumentException,Microsoft.PowerShell.Commands.RemoveItemPropertyCommand',
    });
    expect(result.output).toEqual(['after']);
  });

  it('with -ErrorAction Stop it is caught, and $_.Exception.Message is the text', () => {
    const result = run(
      `try { Remove-ItemProperty -Path '${SUBS}' -Name '${MUTEX}' -ErrorAction Stop; 'no' } catch { $_.Exception.Message; $_.Exception.GetType().FullName }`,
    );
    expect(result.output).toEqual([
      `Property ${MUTEX} does not exist at path HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Subscriptions.`,
      'System.Management.Automation.PSArgumentException',
    ]);
    expect(result.streams.filter((s) => s.stream === 'error')).toEqual([]);
  });

  it('-Confirm asks "Remove Property"; no keeps the value (alias rp)', () => {
    const { machine, clock } = testMachine();
    machine.registry.setValue(SUBS.replace('HKLM:', 'HKLM'), MUTEX, sz('x'));
    const result = run(`rp '${SUBS}' '${MUTEX}' -Confirm`, { machine, clock, confirm: false });
    expect(result.prompts.map((p) => [p.action, p.target])).toEqual([
      [
        'Remove Property',
        `Item: HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Subscriptions Property: ${MUTEX}`,
      ],
    ]);
    expect(machine.registry.getValue(SUBS.replace('HKLM:', 'HKLM'), MUTEX)).toBeDefined();
  });
});
