import { describe, expect, it } from 'vitest';
import { parsePropertyKind } from '../../../simulators/registry/index.js';
import { kindOfValueType, valueTypeOfKind } from '../../../simulators/registry/provider/property-kind.js';
import { registryErrorOf } from '../helpers.js';

describe('parsePropertyKind', () => {
  it('means Unknown when no type is given', () => {
    expect(parsePropertyKind(undefined)).toBe('Unknown');
    expect(parsePropertyKind('')).toBe('Unknown');
    expect(parsePropertyKind('  ')).toBe('Unknown');
  });

  it('reads the RegistryValueKind names in any case', () => {
    expect(['dword', 'DWORD', 'DWord', 'dWoRd'].map(parsePropertyKind)).toEqual([
      'DWord',
      'DWord',
      'DWord',
      'DWord',
    ]);
    expect(
      ['string', 'expandstring', 'BINARY', 'multistring', 'QWORD', 'none', 'unknown'].map(parsePropertyKind),
    ).toEqual(['String', 'ExpandString', 'Binary', 'MultiString', 'QWord', 'None', 'Unknown']);
  });

  it('reads the enum numbers', () => {
    expect(['-1', '0', '1', '2', '3', '4', '7', '11'].map(parsePropertyKind)).toEqual([
      'None',
      'Unknown',
      'String',
      'ExpandString',
      'Binary',
      'DWord',
      'MultiString',
      'QWord',
    ]);
  });

  it('refuses anything else with the binding error', () => {
    const error = registryErrorOf(() => parsePropertyKind('Dwordd'));
    expect(error.message).toMatch(
      /^Could not bind parameter 'Type'\. Could not convert "Dwordd" to "Microsoft\.Win32\.RegistryValueKind"/,
    );
    expect(error).toMatchObject({
      code: 'InvalidPropertyType',
      exceptionType: 'System.ArgumentException',
      errorId: 'System.ArgumentException',
      category: 'InvalidArgument',
    });
    expect(registryErrorOf(() => parsePropertyKind('REG_DWORD')).code).toBe('InvalidPropertyType');
  });
});

describe('kind and value type', () => {
  it('map each kind to its Win32 type and back', () => {
    expect(valueTypeOfKind('DWord')).toBe('REG_DWORD');
    expect(valueTypeOfKind('None')).toBe('REG_NONE');
    expect(valueTypeOfKind('Unknown')).toBeUndefined();
    for (const kind of [
      'String',
      'ExpandString',
      'Binary',
      'DWord',
      'MultiString',
      'QWord',
      'None',
    ] as const) {
      const type = valueTypeOfKind(kind);
      expect(type && kindOfValueType(type)).toBe(kind);
    }
  });
});
