import { describe, expect, it } from 'vitest';
import { UnsupportedError } from '../../../simulators/powershell/index.js';
import { dword, sz } from '../../../simulators/registry/index.js';
import { firstError, run, streamsOf, testMachine, useGrammar } from './helpers.js';

useGrammar();

const POLICIES = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Policies\\Microsoft';
const OVERRIDES = `${POLICIES}\\FeatureManagement\\Overrides`;

describe('Get-Item on the registry', () => {
  it('returns a RegistryKey with the provider properties; its string form is its Name', () => {
    const result = run(`
$k = Get-Item 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard'
$k.GetType().FullName; "$k"; $k.PSPath; $k.PSParentPath; $k.PSChildName; "$($k.PSDrive)"; "$($k.PSProvider)"
$k.PSIsContainer; $k.SubKeyCount; $k.ValueCount; $k.Property
`);
    expect(result.output).toEqual([
      'Microsoft.Win32.RegistryKey',
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard',
      'Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard',
      'Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control',
      'DeviceGuard',
      'HKLM',
      'Microsoft.PowerShell.Core\\Registry',
      true,
      1,
      2,
      'EnableVirtualizationBasedSecurity',
      'RequirePlatformSecurityFeatures',
    ]);
  });

  it('shows as a Name/Property table (the core view; 5.1 groups by "Hive:")', () => {
    expect(run("Get-Item 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard'").text).toBe(
      [
        '',
        'Name                                                            Property',
        '----                                                            --------',
        'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard {EnableVirtualizationBasedSecurity, RequirePlatformS...',
        '',
        '',
      ].join('\n'),
    );
  });

  it('reads the provider form and ignores case; keeps the case typed (alias gi)', () => {
    const result = run(
      "(gi 'Registry::hkey_local_machine\\system\\currentcontrolset\\control\\deviceguard').Name",
    );
    expect(result.output).toEqual(['HKEY_LOCAL_MACHINE\\system\\currentcontrolset\\control\\deviceguard']);
  });

  it('a missing key is the non-terminating PathNotFound (3P text)', () => {
    const result = run("Get-Item 'HKLM:\\SOFTWARE\\Nope'; 'next'");
    expect(firstError(result)).toEqual({
      line: "Get-Item : Cannot find path 'HKLM:\\SOFTWARE\\Nope' because it does not exist.",
      category: 'ObjectNotFound: (HKLM:\\SOFTWARE\\Nope:String) [Get-Item], ItemNotFoundException',
      id: 'PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand',
    });
    expect(result.output).toEqual(['next']);
  });

  it('refuses drives whose providers are not emulated, and relative paths, by name', () => {
    expect(() => run('Get-Item Env:\\PATH')).toThrow(UnsupportedError);
    expect(() => run('Get-Item .\\x')).toThrow(/relative path '\.\\x'/);
  });
});

describe('New-Item on the registry', () => {
  it('creates the key and writes it; a missing parent needs -Force', () => {
    const result = run(`
New-Item -Path 'HKLM:\\SOFTWARE\\Contoso' | Select-Object -ExpandProperty Name
New-Item -Path 'HKLM:\\SOFTWARE\\A\\B'
New-Item -Path 'HKLM:\\SOFTWARE\\A\\B' -Force | Select-Object -ExpandProperty PSChildName
`);
    expect(result.output).toEqual(['HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso', 'B']);
    expect(firstError(result)).toEqual({
      line: 'New-Item : The registry key at the specified path does not exist.',
      category: 'InvalidArgument: (HKEY_LOCAL_MACHINE\\SOFTWARE\\A:String) [New-Item], ArgumentException',
      id: 'System.ArgumentException,Microsoft.PowerShell.Commands.NewItemCommand',
    });
    expect(result.machine.registry.keyExists('HKLM\\SOFTWARE\\A\\B')).toBe(true);
  });

  it('an existing key is an IOException without -Force, and nothing changes', () => {
    const { machine, clock } = testMachine();
    machine.registry.setValue(POLICIES, 'Keep', dword(1));
    const result = run(`New-Item -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Policies\\Microsoft'`, {
      machine,
      clock,
    });
    expect(firstError(result)).toEqual({
      line: 'New-Item : A key in this path already exists.',
      category: 'ResourceExists: (HKEY_LOCAL_MACH...icies\\Microsoft:String) [New-Item], IOException',
      id: 'System.IO.IOException,Microsoft.PowerShell.Commands.NewItemCommand',
    });
    expect(machine.registry.getValue(POLICIES, 'Keep')).toBeDefined();
  });

  it('-Force on an existing key deletes its values and subkeys and creates it empty (DOMAIN.md 7)', () => {
    const { machine, clock } = testMachine();
    machine.registry.createKey(`${OVERRIDES}\\Sub`);
    machine.registry.setValue(OVERRIDES, '1234', dword(1));
    run(
      "New-Item 'HKLM:\\SYSTEM\\CurrentControlSet\\Policies\\Microsoft\\FeatureManagement\\Overrides' -Force",
      { machine, clock },
    );
    expect(machine.registry.values(OVERRIDES)).toEqual([]);
    expect(machine.registry.subkeyNames(OVERRIDES)).toEqual([]);
  });

  it('-Name goes under -Path, -Value is the default value, -WhatIf says "New Key" (alias ni)', () => {
    const result = run(`
ni -Path 'HKLM:\\SOFTWARE' -Name 'Fabrikam' -Value 'hello' | Out-Null
New-Item 'HKLM:\\SOFTWARE\\Other' -WhatIf
`);
    expect(result.machine.registry.getValue('HKLM\\SOFTWARE\\Fabrikam', '')).toEqual({
      name: '',
      type: 'REG_SZ',
      data: 'hello',
    });
    expect(streamsOf(result)).toEqual([
      [
        'host',
        'What if: Performing the operation "New Key" on target "Item: HKEY_LOCAL_MACHINE\\SOFTWARE\\Other".',
      ],
    ]);
    expect(result.machine.registry.keyExists('HKLM\\SOFTWARE\\Other')).toBe(false);
  });
});

describe('Remove-Item on the registry', () => {
  it('removes a key without subkeys at once; a missing one is PathNotFound', () => {
    const { machine, clock } = testMachine();
    machine.registry.createKey('HKLM\\SOFTWARE\\Gone');
    const result = run("Remove-Item 'HKLM:\\SOFTWARE\\Gone'; Remove-Item 'HKLM:\\SOFTWARE\\Gone'", {
      machine,
      clock,
    });
    expect(machine.registry.keyExists('HKLM\\SOFTWARE\\Gone')).toBe(false);
    expect(firstError(result)).toEqual({
      line: "Remove-Item : Cannot find path 'HKLM:\\SOFTWARE\\Gone' because it does not exist.",
      category: 'ObjectNotFound: (HKLM:\\SOFTWARE\\Gone:String) [Remove-Item], ItemNotFoundException',
      id: 'PathNotFound,Microsoft.PowerShell.Commands.RemoveItemCommand',
    });
  });

  it('a key with subkeys and no -Recurse asks ShouldContinue; no keeps it, yes removes the tree', () => {
    const prompt =
      'The item at HKLM:\\SOFTWARE\\Tree has children and the Recurse parameter was not specified. If you continue, all children will be removed with the item. Are you sure you want to continue?';
    for (const answer of [false, true]) {
      const { machine, clock } = testMachine();
      machine.registry.createKey('HKLM\\SOFTWARE\\Tree\\Leaf');
      const result = run("Remove-Item 'HKLM:\\SOFTWARE\\Tree' -Confirm:$false", {
        machine,
        clock,
        confirm: answer,
      });
      expect(result.prompts).toEqual([
        { caption: 'Confirm', message: prompt, action: 'ShouldContinue', target: 'HKLM:\\SOFTWARE\\Tree' },
      ]);
      expect(result.text).toBe(
        `Confirm\n${prompt}\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): ${answer ? 'Y' : 'N'}`,
      );
      expect(machine.registry.keyExists('HKLM\\SOFTWARE\\Tree')).toBe(!answer);
    }
  });

  it('-Recurse removes the tree without asking; -WhatIf says "Remove Key" (3P)', () => {
    const { machine, clock } = testMachine();
    machine.registry.createKey('HKLM\\SOFTWARE\\Tree\\Leaf');
    const whatIf = run("Remove-Item 'HKLM:\\SOFTWARE\\Tree' -Recurse -WhatIf", { machine, clock });
    expect(streamsOf(whatIf)).toEqual([
      [
        'host',
        'What if: Performing the operation "Remove Key" on target "Item: HKEY_LOCAL_MACHINE\\SOFTWARE\\Tree".',
      ],
    ]);
    const result = run("rm 'HKLM:\\SOFTWARE\\Tree' -Recurse", { machine, clock });
    expect(result.prompts).toEqual([]);
    expect(machine.registry.keyExists('HKLM\\SOFTWARE\\Tree')).toBe(false);
  });
});

describe('Test-Path on the registry', () => {
  it('says True or False, never fails for a missing key or drive; keys are containers, never leaves', () => {
    const result = run(`
Test-Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard'
Test-Path 'HKLM:\\SYSTEM\\Nope'
Test-Path 'HKCR:\\x'
Test-Path 'HKLM:\\SYSTEM' -PathType Container
Test-Path 'HKLM:\\SYSTEM' -PathType Leaf
Test-Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\h*'
Test-Path -LiteralPath 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\h*'
`);
    expect(result.output).toEqual([true, false, false, true, false, true, false]);
    expect(result.errors).toEqual([]);
  });
});

describe('Get-ChildItem on the registry', () => {
  it('lists subkeys in enumeration order; -Recurse goes depth first; -Name gives relative names', () => {
    const { machine, clock } = testMachine();
    machine.registry.createKey('HKLM\\SOFTWARE\\Root\\b\\inner');
    machine.registry.createKey('HKLM\\SOFTWARE\\Root\\A');
    machine.registry.setValue('HKLM\\SOFTWARE\\Root\\A', 'v', sz('x'));
    const result = run(
      `
(Get-ChildItem 'HKLM:\\SOFTWARE\\Root').PSChildName
(gci 'HKLM:\\SOFTWARE\\Root' -Recurse).Name
dir 'HKLM:\\SOFTWARE\\Root' -Recurse -Name
(ls 'HKLM:\\SOFTWARE\\Root' | Select-Object -First 1).Property
`,
      { machine, clock },
    );
    expect(result.output).toEqual([
      'A',
      'b',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Root\\A',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Root\\b',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Root\\b\\inner',
      'A',
      'b',
      'b\\inner',
      'v',
    ]);
  });

  it('a missing key is PathNotFound', () => {
    expect(firstError(run("Get-ChildItem 'HKLM:\\SOFTWARE\\Nope'")).id).toBe(
      'PathNotFound,Microsoft.PowerShell.Commands.GetChildItemCommand',
    );
  });
});
