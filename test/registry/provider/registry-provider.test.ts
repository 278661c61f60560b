import { describe, expect, it } from 'vitest';
import {
  dword,
  Registry,
  RegistryError,
  RegistryProvider,
  removeItemWithChildrenPrompt,
  sz,
} from '../../../simulators/registry/index.js';
import { dumpRegistry, registryErrorOf, thrown } from '../helpers.js';

const X = 'HKLM:\\SOFTWARE\\X';

function setup(): { registry: Registry; ps: RegistryProvider } {
  const registry = Registry.windows();
  return { registry, ps: new RegistryProvider(registry) };
}

describe('New-Item', () => {
  it('creates a key and returns it as PowerShell shows it', () => {
    const { registry, ps } = setup();
    const item = ps.newItem(X);
    expect(registry.keyExists('HKEY_LOCAL_MACHINE\\SOFTWARE\\X')).toBe(true);
    expect(item).toEqual({
      Name: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\X',
      PSPath: 'Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\X',
      PSParentPath: 'Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SOFTWARE',
      PSChildName: 'X',
      PSIsContainer: true,
      SubKeyCount: 0,
      ValueCount: 0,
      Property: [],
    });
  });

  it('refuses an existing key without -Force and changes nothing', () => {
    const { registry, ps } = setup();
    ps.newItem(`${X}\\Sub`, { force: true });
    registry.setValue(X, 'v', dword(1));
    const before = dumpRegistry(registry);
    const error = thrown(() => ps.newItem('hklm:\\software\\x'));
    expect(error).toBeInstanceOf(RegistryError);
    expect(registryErrorOf(() => ps.newItem(X))).toEqual({
      code: 'KeyAlreadyExists',
      message: 'A key in this path already exists.',
      exceptionType: 'System.IO.IOException',
      errorId: 'System.IO.IOException',
      category: 'ResourceExists',
    });
    expect(
      (error as RegistryError).fullyQualifiedErrorId('Microsoft.PowerShell.Commands.NewItemCommand'),
    ).toBe('System.IO.IOException,Microsoft.PowerShell.Commands.NewItemCommand');
    expect(dumpRegistry(registry)).toEqual(before);
  });

  it('with -Force on an existing key deletes its values and subkeys and creates it empty', () => {
    const { registry, ps } = setup();
    ps.newItem(`${X}\\Sub\\Deeper`, { force: true });
    registry.setValue(X, 'v', dword(1));
    registry.setValue(X, '', sz('default'));
    registry.createKey('HKLM\\SOFTWARE\\Sibling');
    const item = ps.newItem(X, { force: true });
    expect(item.SubKeyCount).toBe(0);
    expect(item.ValueCount).toBe(0);
    expect(registry.values(X)).toEqual([]);
    expect(registry.subkeyNames(X)).toEqual([]);
    expect(registry.keyExists('HKLM\\SOFTWARE\\Sibling')).toBe(true);
  });

  it('with -Force replaces the feature override key of the October 2025 workaround, dropping other overrides', () => {
    // DOMAIN.md 6B, option 2: New-Item -Force, then New-ItemProperty -Force of the DWORD 4264695439.
    const { registry, ps } = setup();
    const overrides = 'HKLM:\\SYSTEM\\CurrentControlSet\\Policies\\Microsoft\\FeatureManagement\\Overrides';
    const stored = 'HKLM\\SYSTEM\\ControlSet001\\Policies\\Microsoft\\FeatureManagement\\Overrides';
    ps.newItem(overrides, { force: true });
    ps.newItemProperty(overrides, '1931709068', 1, { propertyType: 'DWord' });
    ps.newItem(`${overrides}\\14`, { force: true });
    ps.newItemProperty(
      'HKLM:\\SYSTEM\\CurrentControlSet\\Policies\\Microsoft\\FeatureManagement',
      'Keep',
      'me',
    );
    expect(registry.getValue(stored, '1931709068')?.data).toBe(1);

    ps.newItem(overrides, { force: true });
    ps.newItemProperty(overrides, '4264695439', 1, { propertyType: 'DWORD', force: true });

    expect(registry.values(stored)).toEqual([{ type: 'REG_DWORD', data: 1, name: '4264695439' }]);
    expect(registry.subkeyNames(stored)).toEqual([]);
    expect(
      registry.getValue('HKLM\\SYSTEM\\ControlSet001\\Policies\\Microsoft\\FeatureManagement', 'Keep'),
    ).toEqual({
      type: 'REG_SZ',
      data: 'me',
      name: 'Keep',
    });
  });

  it('without -Force refuses a missing parent and creates nothing', () => {
    const { registry, ps } = setup();
    const before = dumpRegistry(registry);
    expect(registryErrorOf(() => ps.newItem('HKLM:\\SOFTWARE\\Missing\\Child'))).toEqual({
      code: 'ParentKeyNotFound',
      message: 'The registry key at the specified path does not exist.',
      exceptionType: 'System.ArgumentException',
      errorId: 'System.ArgumentException',
      category: 'InvalidArgument',
    });
    expect(dumpRegistry(registry)).toEqual(before);
  });

  it('with -Force creates every missing parent', () => {
    const { registry, ps } = setup();
    ps.newItem('HKLM:\\SOFTWARE\\A\\B\\C', { force: true });
    expect(registry.subkeyNames('HKLM\\SOFTWARE\\A')).toEqual(['B']);
    expect(registry.subkeyNames('HKLM\\SOFTWARE\\A\\B')).toEqual(['C']);
  });

  it('refuses a hive root, with or without -Force', () => {
    const { registry, ps } = setup();
    const before = dumpRegistry(registry);
    for (const force of [false, true]) {
      expect(registryErrorOf(() => ps.newItem('HKCU:\\', { force }))).toEqual({
        code: 'HiveRoot',
        message: '[hotpatch-harness] the root of HKEY_CURRENT_USER cannot be removed or recreated.',
        exceptionType: 'System.NotSupportedException',
        errorId: 'System.NotSupportedException',
        category: 'NotImplemented',
      });
    }
    expect(dumpRegistry(registry)).toEqual(before);
  });
});

describe('path forms', () => {
  it.each([
    'HKLM:\\SOFTWARE\\X',
    'HKLM:/SOFTWARE/X',
    'Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\X',
    'Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\X',
    'Registry::HKLM\\SOFTWARE\\X',
    'HKEY_LOCAL_MACHINE\\SOFTWARE\\X',
    'HKLM\\SOFTWARE\\X',
    'hklm:\\software\\x',
  ])('%s reaches the same key', (path) => {
    const { registry, ps } = setup();
    registry.createKey('HKEY_LOCAL_MACHINE\\SOFTWARE\\X');
    registry.setValue('HKEY_LOCAL_MACHINE\\SOFTWARE\\X', 'v', dword(7));
    expect(ps.testPath(path)).toBe(true);
    expect(ps.getItemProperty(path, ['v'])).toEqual([{ type: 'REG_DWORD', data: 7, name: 'v' }]);
    ps.setItemProperty(path, 'w', 'x');
    expect(registry.getValue('HKEY_LOCAL_MACHINE\\SOFTWARE\\X', 'w')?.data).toBe('x');
  });

  it('reaches HKEY_USERS\\S-1-5-18 through HKCU: and HKLM\\SOFTWARE\\Classes through HKCR', () => {
    const { registry, ps } = setup();
    ps.newItem('HKCU:\\Software\\Vendor', { force: true });
    expect(registry.keyExists('HKEY_USERS\\S-1-5-18\\Software\\Vendor')).toBe(true);
    ps.newItem('Registry::HKCR\\.hp');
    expect(registry.keyExists('HKEY_LOCAL_MACHINE\\SOFTWARE\\Classes\\.hp')).toBe(true);
    expect(ps.getItem('Registry::HKEY_CLASSES_ROOT\\.hp').Name).toBe('HKEY_CLASSES_ROOT\\.hp');
  });

  it('reports an unknown drive', () => {
    const { ps } = setup();
    expect(registryErrorOf(() => ps.newItem('HKU:\\x'))).toEqual({
      code: 'DriveNotFound',
      message: "Cannot find drive. A drive with the name 'HKU' does not exist.",
      exceptionType: 'System.Management.Automation.DriveNotFoundException',
      errorId: 'DriveNotFound',
      category: 'ObjectNotFound',
    });
    expect(registryErrorOf(() => ps.getItem('HKU:\\x')).code).toBe('DriveNotFound');
  });

  it('Test-Path answers False for a missing key, an unknown drive and a path with no hive', () => {
    const { ps } = setup();
    expect(ps.testPath('HKLM:\\SOFTWARE\\Nope')).toBe(false);
    expect(ps.testPath('HKU:\\x')).toBe(false);
    expect(ps.testPath('Registry::HKEY_NOPE\\x')).toBe(false);
    expect(ps.testPath('HKLM:\\')).toBe(true);
  });
});

describe('Get-Item and Get-ChildItem', () => {
  it('lists the default value as (default), in enumeration order', () => {
    const { registry, ps } = setup();
    ps.newItem(X);
    registry.setValue(X, 'first', dword(1));
    registry.setValue(X, '', sz('d'));
    registry.setValue(X, 'last', dword(2));
    registry.createKey(`${X}\\Child`);
    const item = ps.getItem('HKLM:\\SOFTWARE\\X');
    expect(item.Property).toEqual(['first', '(default)', 'last']);
    expect(item.PSChildName).toBe('X');
    expect(item.PSPath).toBe('Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\X');
    expect(item.SubKeyCount).toBe(1);
    expect(item.ValueCount).toBe(3);
  });

  it('describes a hive root', () => {
    const { ps } = setup();
    const item = ps.getItem('HKLM:\\');
    expect(item.Name).toBe('HKEY_LOCAL_MACHINE');
    expect(item.PSChildName).toBe('HKEY_LOCAL_MACHINE');
    expect(item.PSParentPath).toBe('');
    expect(item.SubKeyCount).toBe(3);
  });

  it('reports a missing key with the path as typed', () => {
    const { ps } = setup();
    expect(registryErrorOf(() => ps.getItem('HKLM:\\software\\Nope'))).toEqual({
      code: 'PathNotFound',
      message: "Cannot find path 'HKLM:\\software\\Nope' because it does not exist.",
      exceptionType: 'System.Management.Automation.ItemNotFoundException',
      errorId: 'PathNotFound',
      category: 'ObjectNotFound',
    });
  });

  it('lists subkeys sorted case-insensitively', () => {
    const { ps } = setup();
    for (const name of ['Zeta', 'alpha', 'Beta']) ps.newItem(`${X}\\${name}`, { force: true });
    const children = ps.getChildItems(X);
    expect(children.map((c) => c.PSChildName)).toEqual(['alpha', 'Beta', 'Zeta']);
    expect(children[0]?.PSPath).toBe(
      'Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\X\\alpha',
    );
    expect(children[0]?.PSParentPath).toBe(
      'Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\X',
    );
  });
});

describe('Remove-Item', () => {
  it('deletes the whole subtree and reports whether it had children', () => {
    const { registry, ps } = setup();
    ps.newItem(`${X}\\A\\B`, { force: true });
    expect(ps.hasChildren(X)).toBe(true);
    expect(ps.hasChildren(`${X}\\A\\B`)).toBe(false);
    ps.removeItem(X);
    expect(registry.keyExists(X)).toBe(false);
    expect(registry.keyExists('HKLM\\SOFTWARE')).toBe(true);
  });

  it('reports a missing key and refuses a hive root', () => {
    const { registry, ps } = setup();
    expect(registryErrorOf(() => ps.removeItem(X)).message).toBe(
      "Cannot find path 'HKLM:\\SOFTWARE\\X' because it does not exist.",
    );
    const before = dumpRegistry(registry);
    expect(registryErrorOf(() => ps.removeItem('HKCU:\\')).code).toBe('HiveRoot');
    expect(registryErrorOf(() => ps.removeItem('HKLM:\\')).message).toBe(
      '[hotpatch-harness] the root of HKEY_LOCAL_MACHINE cannot be removed or recreated.',
    );
    expect(dumpRegistry(registry)).toEqual(before);
  });

  it('asks with PowerShell’s text before removing children without -Recurse', () => {
    expect(removeItemWithChildrenPrompt('HKLM:\\SOFTWARE\\X')).toBe(
      'The item at HKLM:\\SOFTWARE\\X has children and the Recurse parameter was not specified. If you continue, all children will be removed with the item. Are you sure you want to continue?',
    );
  });
});

describe('New-ItemProperty', () => {
  it('refuses a missing key, even with -Force, naming the path as typed', () => {
    const { registry, ps } = setup();
    const before = dumpRegistry(registry);
    for (const force of [false, true]) {
      expect(registryErrorOf(() => ps.newItemProperty('HKLM:\\SOFTWARE\\Nope', 'v', 1, { force }))).toEqual({
        code: 'PathNotFound',
        message: "Cannot find path 'HKLM:\\SOFTWARE\\Nope' because it does not exist.",
        exceptionType: 'System.Management.Automation.ItemNotFoundException',
        errorId: 'PathNotFound',
        category: 'ObjectNotFound',
      });
    }
    expect(registry.keyExists('HKLM:\\SOFTWARE\\Nope')).toBe(false);
    expect(dumpRegistry(registry)).toEqual(before);
  });

  it('refuses an existing value without -Force, and overwrites it with -Force', () => {
    const { registry, ps } = setup();
    ps.newItem(X);
    ps.newItemProperty(X, 'Value', 1, { propertyType: 'DWord' });
    expect(registryErrorOf(() => ps.newItemProperty(X, 'VALUE', 'two', { propertyType: 'String' }))).toEqual({
      code: 'PropertyAlreadyExists',
      message: 'The property already exists.',
      exceptionType: 'System.IO.IOException',
      errorId: 'System.IO.IOException',
      category: 'ResourceExists',
    });
    expect(registry.values(X)).toEqual([{ type: 'REG_DWORD', data: 1, name: 'Value' }]);
    expect(ps.newItemProperty(X, 'VALUE', 'two', { propertyType: 'String', force: true })).toEqual({
      type: 'REG_SZ',
      data: 'two',
      name: 'Value',
    });
    expect(registry.values(X)).toEqual([{ type: 'REG_SZ', data: 'two', name: 'Value' }]);
  });

  it('checks for an existing value before converting the data, as the provider does', () => {
    const { ps } = setup();
    ps.newItem(X);
    ps.newItemProperty(X, 'v', 1);
    expect(
      registryErrorOf(() => ps.newItemProperty(X, 'v', 4294967296, { propertyType: 'DWord' })).code,
    ).toBe('PropertyAlreadyExists');
  });

  it('with -Force and no -PropertyType keeps the kind of the value it overwrites', () => {
    const { registry, ps } = setup();
    ps.newItem(X);
    ps.newItemProperty(X, 'v', 1, { propertyType: 'DWord' });
    ps.newItemProperty(X, 'v', '7', { force: true });
    expect(registry.getValue(X, 'v')).toEqual({ type: 'REG_DWORD', data: 7, name: 'v' });
  });

  it('infers the kind without -PropertyType', () => {
    const { registry, ps } = setup();
    ps.newItem(X);
    ps.newItemProperty(X, 'int', 5);
    ps.newItemProperty(X, 'long', 2 ** 40);
    ps.newItemProperty(X, 'text', 'x');
    ps.newItemProperty(X, 'bytes', Uint8Array.from([1, 2]));
    ps.newItemProperty(X, 'list', ['a', 'b']);
    expect(registry.values(X)?.map((v) => v.type)).toEqual([
      'REG_DWORD',
      'REG_QWORD',
      'REG_SZ',
      'REG_BINARY',
      'REG_MULTI_SZ',
    ]);
  });

  it('writes the default value for the name (default), in any case', () => {
    const { registry, ps } = setup();
    ps.newItem(X);
    ps.newItemProperty(X, '(default)', 'd');
    expect(registry.values(X)).toEqual([{ type: 'REG_SZ', data: 'd', name: '' }]);
    ps.newItemProperty(X, '(Default)', 'e');
    expect(registry.values(X)).toEqual([{ type: 'REG_SZ', data: 'e', name: '' }]);
    expect(ps.getItem(X).Property).toEqual(['(default)']);
  });

  it('reads -PropertyType in any case, or as the enum number', () => {
    const { registry, ps } = setup();
    ps.newItem(X);
    const types = ['dword', 'DWORD', 'DWord', '4', ' DWord '];
    types.forEach((propertyType, i) => {
      ps.newItemProperty(X, `v${i}`, '10', { propertyType });
    });
    expect(registry.values(X)?.map((v) => [v.type, v.data])).toEqual(types.map(() => ['REG_DWORD', 10]));
    ps.newItemProperty(X, 'q', 10, { propertyType: 'qword' });
    ps.newItemProperty(X, 'e', '%SystemRoot%', { propertyType: 'expandstring' });
    ps.newItemProperty(X, 'm', 'one', { propertyType: 'MultiString' });
    ps.newItemProperty(X, 'b', [1, 2], { propertyType: 'binary' });
    ps.newItemProperty(X, 'n', [], { propertyType: 'None' });
    ps.newItemProperty(X, 's', 5, { propertyType: '1' });
    expect(registry.values(X)?.slice(types.length)).toEqual([
      { type: 'REG_QWORD', data: 10n, name: 'q' },
      { type: 'REG_EXPAND_SZ', data: '%SystemRoot%', name: 'e' },
      { type: 'REG_MULTI_SZ', data: ['one'], name: 'm' },
      { type: 'REG_BINARY', data: Uint8Array.from([1, 2]), name: 'b' },
      { type: 'REG_NONE', data: new Uint8Array(0), name: 'n' },
      { type: 'REG_SZ', data: '5', name: 's' },
    ]);
  });

  it('refuses an unknown -PropertyType and writes nothing', () => {
    const { registry, ps } = setup();
    ps.newItem(X);
    const error = registryErrorOf(() => ps.newItemProperty(X, 'v', 1, { propertyType: 'Dwordd' }));
    expect(
      error.message.startsWith(
        'Could not bind parameter \'Type\'. Could not convert "Dwordd" to "Microsoft.Win32.RegistryValueKind"',
      ),
    ).toBe(true);
    expect(error).toMatchObject({
      code: 'InvalidPropertyType',
      exceptionType: 'System.ArgumentException',
      category: 'InvalidArgument',
    });
    expect(registry.values(X)).toEqual([]);
  });

  it('stores a DWord from -2147483648 to 4294967295, negatives as their two’s complement', () => {
    const { registry, ps } = setup();
    ps.newItem(X);
    const cases: Array<[number | string, number]> = [
      [-2147483648, 2147483648],
      [-1, 4294967295],
      [0, 0],
      [2147483647, 2147483647],
      [2147483648, 2147483648],
      [4294967295, 4294967295],
      ['-1', 4294967295],
      ['0x10', 16],
    ];
    cases.forEach(([value], i) => {
      ps.newItemProperty(X, `v${i}`, value, { propertyType: 'DWord' });
    });
    expect(registry.values(X)?.map((v) => v.data)).toEqual(cases.map(([, stored]) => stored));
  });

  it('refuses a DWord out of range and writes nothing', () => {
    const { registry, ps } = setup();
    ps.newItem(X);
    expect(registryErrorOf(() => ps.newItemProperty(X, 'v', 4294967296, { propertyType: 'DWord' }))).toEqual({
      code: 'InvalidCast',
      message:
        'Cannot convert value "4294967296" to type "System.UInt32". Error: "Value was either too large or too small for a UInt32."',
      exceptionType: 'System.Management.Automation.PSInvalidCastException',
      errorId: 'System.Management.Automation.PSInvalidCastException',
      category: 'WriteError',
    });
    expect(
      registryErrorOf(() => ps.newItemProperty(X, 'v', -2147483649, { propertyType: 'DWord' })).message,
    ).toBe(
      'Cannot convert value "-2147483649" to type "System.UInt32". Error: "Value was either too large or too small for a UInt32."',
    );
    expect(registryErrorOf(() => ps.newItemProperty(X, 'v', 'abc', { propertyType: 'DWord' })).message).toBe(
      'Cannot convert value "abc" to type "System.UInt32". Error: "Input string was not in a correct format."',
    );
    expect(registry.values(X)).toEqual([]);
  });

  it('stores a QWord from -2^63 to 2^64-1 and refuses more', () => {
    const { registry, ps } = setup();
    ps.newItem(X);
    ps.newItemProperty(X, 'min', -(2n ** 63n), { propertyType: 'QWord' });
    ps.newItemProperty(X, 'minus1', -1, { propertyType: 'QWord' });
    ps.newItemProperty(X, 'max', 2n ** 64n - 1n, { propertyType: 'QWord' });
    ps.newItemProperty(X, 'text', '18446744073709551615', { propertyType: 'QWord' });
    expect(registry.values(X)?.map((v) => v.data)).toEqual([
      2n ** 63n,
      2n ** 64n - 1n,
      2n ** 64n - 1n,
      2n ** 64n - 1n,
    ]);
    expect(
      registryErrorOf(() => ps.newItemProperty(X, 'v', 2n ** 64n, { propertyType: 'QWord' })).message,
    ).toBe(
      'Cannot convert value "18446744073709551616" to type "System.UInt64". Error: "Value was either too large or too small for a UInt64."',
    );
    expect(
      registryErrorOf(() => ps.newItemProperty(X, 'v', -(2n ** 63n) - 1n, { propertyType: 'QWord' })).message,
    ).toBe(
      'Cannot convert value "-9223372036854775809" to type "System.UInt64". Error: "Value was either too large or too small for a UInt64."',
    );
  });

  it('stores empty data when no value is given', () => {
    const { registry, ps } = setup();
    ps.newItem(X);
    ps.newItemProperty(X, 'dw', null, { propertyType: 'DWord' });
    ps.newItemProperty(X, 'qw', null, { propertyType: 'QWord' });
    ps.newItemProperty(X, 's', null);
    ps.newItemProperty(X, 'm', null, { propertyType: 'MultiString' });
    ps.newItemProperty(X, 'b', null, { propertyType: 'Binary' });
    expect(registry.values(X)).toEqual([
      { type: 'REG_DWORD', data: 0, name: 'dw' },
      { type: 'REG_QWORD', data: 0n, name: 'qw' },
      { type: 'REG_SZ', data: '', name: 's' },
      { type: 'REG_MULTI_SZ', data: [], name: 'm' },
      { type: 'REG_BINARY', data: new Uint8Array(0), name: 'b' },
    ]);
  });
});

describe('Set-ItemProperty', () => {
  it('keeps the existing kind when the new value converts to it', () => {
    const { registry, ps } = setup();
    ps.newItem(X);
    ps.newItemProperty(X, 'n', 1, { propertyType: 'DWord' });
    expect(ps.setItemProperty(X, 'N', '5')).toEqual({ type: 'REG_DWORD', data: 5, name: 'n' });
    ps.newItemProperty(X, 'q', 1, { propertyType: 'QWord' });
    ps.setItemProperty(X, 'q', 7);
    ps.newItemProperty(X, 'e', '%A%', { propertyType: 'ExpandString' });
    ps.setItemProperty(X, 'e', 12);
    ps.newItemProperty(X, 'm', ['a'], { propertyType: 'MultiString' });
    ps.setItemProperty(X, 'm', 'b');
    expect(registry.values(X)).toEqual([
      { type: 'REG_DWORD', data: 5, name: 'n' },
      { type: 'REG_QWORD', data: 7n, name: 'q' },
      { type: 'REG_EXPAND_SZ', data: '12', name: 'e' },
      { type: 'REG_MULTI_SZ', data: ['b'], name: 'm' },
    ]);
  });

  it('infers a new kind when the value does not convert to the existing one', () => {
    const { registry, ps } = setup();
    ps.newItem(X);
    ps.newItemProperty(X, 'n', 1, { propertyType: 'DWord' });
    ps.setItemProperty(X, 'n', 'abc');
    expect(registry.getValue(X, 'n')).toEqual({ type: 'REG_SZ', data: 'abc', name: 'n' });
  });

  it('uses -Type over the existing kind', () => {
    const { registry, ps } = setup();
    ps.newItem(X);
    ps.newItemProperty(X, 'n', 1, { propertyType: 'DWord' });
    ps.setItemProperty(X, 'n', 5, { type: 'String' });
    expect(registry.getValue(X, 'n')).toEqual({ type: 'REG_SZ', data: '5', name: 'n' });
    expect(registryErrorOf(() => ps.setItemProperty(X, 'n', 1, { type: 'Text' })).code).toBe(
      'InvalidPropertyType',
    );
  });

  it('creates a missing value with the inferred kind, but not a missing key', () => {
    const { registry, ps } = setup();
    ps.newItem(X);
    ps.setItemProperty(X, 'n', 5);
    ps.setItemProperty(X, 's', 'five');
    ps.setItemProperty(X, '(default)', 'd');
    expect(registry.values(X)).toEqual([
      { type: 'REG_DWORD', data: 5, name: 'n' },
      { type: 'REG_SZ', data: 'five', name: 's' },
      { type: 'REG_SZ', data: 'd', name: '' },
    ]);
    expect(registryErrorOf(() => ps.setItemProperty('HKLM:\\SOFTWARE\\Nope', 'n', 5)).code).toBe(
      'PathNotFound',
    );
  });
});

describe('Remove-ItemProperty and Get-ItemProperty', () => {
  const SUBSCRIPTIONS = 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Subscriptions';

  it('report a missing value with the native path as typed', () => {
    const { registry, ps } = setup();
    registry.createKey('HKLM\\SOFTWARE\\MICROSOFT\\WINDOWS NT\\CURRENTVERSION\\SUBSCRIPTIONS');
    const expected = {
      code: 'PropertyNotFound',
      message:
        'Property DeviceLicensingServiceCommandMutex does not exist at path HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Subscriptions.',
      exceptionType: 'System.Management.Automation.PSArgumentException',
      errorId: 'System.Management.Automation.PSArgumentException',
      category: 'InvalidArgument',
    };
    expect(
      registryErrorOf(() => ps.removeItemProperty(SUBSCRIPTIONS, 'DeviceLicensingServiceCommandMutex')),
    ).toEqual(expected);
    expect(
      registryErrorOf(() => ps.getItemProperty(SUBSCRIPTIONS, ['DeviceLicensingServiceCommandMutex'])),
    ).toEqual(expected);
    expect(
      registryErrorOf(() =>
        ps.removeItemProperty('hklm:\\software\\microsoft\\windows nt\\currentversion\\subscriptions', 'x'),
      ).message,
    ).toBe(
      'Property x does not exist at path HKEY_LOCAL_MACHINE\\software\\microsoft\\windows nt\\currentversion\\subscriptions.',
    );
  });

  it('remove and read an existing value in any case', () => {
    const { registry, ps } = setup();
    ps.newItem(SUBSCRIPTIONS, { force: true });
    ps.newItemProperty(SUBSCRIPTIONS, 'DeviceLicensingServiceCommandMutex', 1, { propertyType: 'DWord' });
    ps.newItemProperty(SUBSCRIPTIONS, 'Other', 'x');
    expect(ps.getItemProperty(SUBSCRIPTIONS, ['devicelicensingservicecommandmutex', 'OTHER'])).toEqual([
      { type: 'REG_DWORD', data: 1, name: 'DeviceLicensingServiceCommandMutex' },
      { type: 'REG_SZ', data: 'x', name: 'Other' },
    ]);
    ps.removeItemProperty(SUBSCRIPTIONS, 'DEVICELICENSINGSERVICECOMMANDMUTEX');
    expect(ps.getItemProperty(SUBSCRIPTIONS)).toEqual([{ type: 'REG_SZ', data: 'x', name: 'Other' }]);
    expect(registry.keyExists(SUBSCRIPTIONS)).toBe(true);
  });

  it('report a missing key with the path as typed', () => {
    const { ps } = setup();
    expect(registryErrorOf(() => ps.removeItemProperty(SUBSCRIPTIONS, 'x')).message).toBe(
      `Cannot find path '${SUBSCRIPTIONS}' because it does not exist.`,
    );
    expect(registryErrorOf(() => ps.getItemProperty(SUBSCRIPTIONS)).code).toBe('PathNotFound');
  });
});
