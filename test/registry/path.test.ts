import { describe, expect, it } from 'vitest';
import {
  nativePath,
  parseRegistryPath,
  providerPath,
  type RegistryPath,
  toRegistryPath,
} from '../../simulators/registry/index.js';
import { registryErrorOf } from './helpers.js';

const SOFTWARE_X: RegistryPath = { hive: 'HKEY_LOCAL_MACHINE', segments: ['SOFTWARE', 'X'] };

describe('parseRegistryPath', () => {
  it.each([
    'HKLM:\\SOFTWARE\\X',
    'HKLM:/SOFTWARE/X',
    'HKLM:\\SOFTWARE/X',
    'HKLM:SOFTWARE\\X',
    'hklm:\\SOFTWARE\\X',
    'Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\X',
    'registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\X',
    'Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\X',
    'Registry::HKLM\\SOFTWARE\\X',
    'Registry::HKEY_LOCAL_MACHINE/SOFTWARE/X',
    'HKEY_LOCAL_MACHINE\\SOFTWARE\\X',
    'hkey_local_machine\\SOFTWARE\\X',
    'HKLM\\SOFTWARE\\X',
    'HKLM:\\\\SOFTWARE\\\\X\\',
  ])('reads %s', (text) => {
    expect(parseRegistryPath(text)).toEqual(SOFTWARE_X);
  });

  it('keeps the segments as the caller spelled them', () => {
    expect(parseRegistryPath('HKLM:\\software\\Microsoft\\Windows NT')).toEqual({
      hive: 'HKEY_LOCAL_MACHINE',
      segments: ['software', 'Microsoft', 'Windows NT'],
    });
  });

  it('reads a hive root in every form', () => {
    for (const text of ['HKLM:', 'HKLM:\\', 'Registry::HKEY_LOCAL_MACHINE', 'HKEY_LOCAL_MACHINE', 'HKLM\\']) {
      expect(parseRegistryPath(text)).toEqual({ hive: 'HKEY_LOCAL_MACHINE', segments: [] });
    }
  });

  it('knows every hive by full name and abbreviation', () => {
    expect(parseRegistryPath('HKCU:\\Software').hive).toBe('HKEY_CURRENT_USER');
    expect(parseRegistryPath('Registry::HKEY_USERS\\.DEFAULT').hive).toBe('HKEY_USERS');
    expect(parseRegistryPath('HKU\\.DEFAULT').hive).toBe('HKEY_USERS');
    expect(parseRegistryPath('HKCR\\.txt').hive).toBe('HKEY_CLASSES_ROOT');
    expect(parseRegistryPath('HKEY_CLASSES_ROOT\\.txt').hive).toBe('HKEY_CLASSES_ROOT');
    expect(parseRegistryPath('HKCC\\System').hive).toBe('HKEY_CURRENT_CONFIG');
    expect(parseRegistryPath('Registry::HKEY_CURRENT_CONFIG').hive).toBe('HKEY_CURRENT_CONFIG');
  });

  it("does not split the native form at '/', which may be part of a key name", () => {
    expect(parseRegistryPath('HKEY_LOCAL_MACHINE\\SOFTWARE\\a/b')).toEqual({
      hive: 'HKEY_LOCAL_MACHINE',
      segments: ['SOFTWARE', 'a/b'],
    });
  });

  it('has only the HKLM: and HKCU: drives, as a fresh PowerShell session', () => {
    expect(registryErrorOf(() => parseRegistryPath('HKU:\\x'))).toEqual({
      code: 'DriveNotFound',
      message: "Cannot find drive. A drive with the name 'HKU' does not exist.",
      exceptionType: 'System.Management.Automation.DriveNotFoundException',
      errorId: 'DriveNotFound',
      category: 'ObjectNotFound',
    });
    expect(registryErrorOf(() => parseRegistryPath('HKCR:\\.txt')).message).toBe(
      "Cannot find drive. A drive with the name 'HKCR' does not exist.",
    );
  });

  it('reports a path that starts with no hive as not found, as typed', () => {
    expect(registryErrorOf(() => parseRegistryPath('Registry::HKEY_NOPE\\x'))).toEqual({
      code: 'PathNotFound',
      message: "Cannot find path 'Registry::HKEY_NOPE\\x' because it does not exist.",
      exceptionType: 'System.Management.Automation.ItemNotFoundException',
      errorId: 'PathNotFound',
      category: 'ObjectNotFound',
    });
    expect(registryErrorOf(() => parseRegistryPath('SOFTWARE\\X')).message).toBe(
      "Cannot find path 'SOFTWARE\\X' because it does not exist.",
    );
  });

  it('refuses remote paths', () => {
    expect(registryErrorOf(() => parseRegistryPath('\\\\server\\HKLM\\SOFTWARE'))).toEqual({
      code: 'NotEmulated',
      message: "[hotpatch-harness] remote registry paths are not emulated: '\\\\server\\HKLM\\SOFTWARE'.",
      exceptionType: 'System.NotSupportedException',
      errorId: 'System.NotSupportedException',
      category: 'NotImplemented',
    });
  });
});

describe('nativePath and providerPath', () => {
  it('write the full hive name and the segments as given', () => {
    const path = parseRegistryPath('HKLM:\\software\\X');
    expect(nativePath(path)).toBe('HKEY_LOCAL_MACHINE\\software\\X');
    expect(providerPath(path)).toBe('Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\software\\X');
  });

  it('write a hive root as the bare hive name', () => {
    expect(nativePath({ hive: 'HKEY_CURRENT_USER', segments: [] })).toBe('HKEY_CURRENT_USER');
    expect(providerPath({ hive: 'HKEY_CURRENT_USER', segments: [] })).toBe(
      'Microsoft.PowerShell.Core\\Registry::HKEY_CURRENT_USER',
    );
  });

  it('a provider path parses back to the same key', () => {
    expect(parseRegistryPath(providerPath(SOFTWARE_X))).toEqual(SOFTWARE_X);
    expect(parseRegistryPath(nativePath(SOFTWARE_X))).toEqual(SOFTWARE_X);
  });
});

describe('toRegistryPath', () => {
  it('parses text and passes a parsed path through unchanged', () => {
    expect(toRegistryPath('HKLM:\\SOFTWARE\\X')).toEqual(SOFTWARE_X);
    expect(toRegistryPath(SOFTWARE_X)).toBe(SOFTWARE_X);
  });
});
