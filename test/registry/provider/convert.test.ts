import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  binary,
  dword,
  expandSz,
  multiSz,
  none,
  qword,
  sz,
  toScriptValue,
  toValueData,
} from '../../../simulators/registry/index.js';
import { inferKind, scriptString, toDword, toQword } from '../../../simulators/registry/provider/convert.js';
import { registryErrorOf } from '../helpers.js';

const UINT32_ERROR = 'Value was either too large or too small for a UInt32.';

describe('scriptString', () => {
  it('writes values as PowerShell turns them into strings', () => {
    expect(scriptString(null)).toBe('');
    expect(scriptString(true)).toBe('True');
    expect(scriptString(false)).toBe('False');
    expect(scriptString(['a', 1, true])).toBe('a 1 True');
    expect(scriptString(Uint8Array.from([1, 255]))).toBe('1 255');
    expect(scriptString(12n)).toBe('12');
    expect(scriptString(1.5)).toBe('1.5');
  });
});

describe('toDword', () => {
  it('reads numbers, numeric strings, hex strings, booleans and bigints', () => {
    expect(toDword(7)).toEqual(dword(7));
    expect(toDword(' 42 ')).toEqual(dword(42));
    expect(toDword('+3')).toEqual(dword(3));
    expect(toDword('')).toEqual(dword(0)); // [int]'' is 0 in PowerShell
    expect(toDword('0xFFFFFFFF')).toEqual(dword(0xffff_ffff));
    expect(toDword(true)).toEqual(dword(1));
    expect(toDword(5n)).toEqual(dword(5));
  });

  it('rounds a fraction half to even, as .NET does', () => {
    expect([0.5, 1.5, 2.5, 2.4, 2.6, -0.5].map((n) => toDword(n).data)).toEqual([0, 2, 2, 2, 3, 0]);
  });

  it('keeps the bits of a negative Int32', () => {
    expect(toDword(-1).data).toBe(0xffff_ffff);
    expect(toDword(-2147483648).data).toBe(0x8000_0000);
  });

  test.prop([fc.integer({ min: -2147483648, max: 4294967295 })], { numRuns: 200 })(
    'stores every integer from -2^31 to 2^32-1 modulo 2^32',
    (n) => {
      expect(toDword(n).data).toBe(n < 0 ? n + 2 ** 32 : n);
      expect(toDword(String(n)).data).toBe(n < 0 ? n + 2 ** 32 : n);
    },
  );

  it('refuses values out of range or not numbers', () => {
    expect(registryErrorOf(() => toDword(4294967296)).message).toBe(
      `Cannot convert value "4294967296" to type "System.UInt32". Error: "${UINT32_ERROR}"`,
    );
    expect(registryErrorOf(() => toDword('4294967296')).message).toBe(
      `Cannot convert value "4294967296" to type "System.UInt32". Error: "${UINT32_ERROR}"`,
    );
    expect(registryErrorOf(() => toDword(-2147483649)).message).toBe(
      `Cannot convert value "-2147483649" to type "System.UInt32". Error: "${UINT32_ERROR}"`,
    );
    expect(registryErrorOf(() => toDword('12abc'))).toEqual({
      code: 'InvalidCast',
      message:
        'Cannot convert value "12abc" to type "System.UInt32". Error: "Input string was not in a correct format."',
      exceptionType: 'System.Management.Automation.PSInvalidCastException',
      errorId: 'System.Management.Automation.PSInvalidCastException',
      category: 'WriteError',
    });
  });
});

describe('toQword', () => {
  it('stores -2^63 to 2^64-1, negatives as their bits', () => {
    expect(toQword(-1)).toEqual(qword(2n ** 64n - 1n));
    expect(toQword(-(2n ** 63n))).toEqual(qword(2n ** 63n));
    expect(toQword('18446744073709551615')).toEqual(qword(2n ** 64n - 1n));
    expect(toQword(2 ** 40)).toEqual(qword(2n ** 40n));
  });

  it('refuses values out of range', () => {
    expect(registryErrorOf(() => toQword(2n ** 64n)).message).toBe(
      'Cannot convert value "18446744073709551616" to type "System.UInt64". Error: "Value was either too large or too small for a UInt64."',
    );
    expect(registryErrorOf(() => toQword('x')).message).toBe(
      'Cannot convert value "x" to type "System.UInt64". Error: "Input string was not in a correct format."',
    );
  });
});

describe('inferKind', () => {
  it('infers the kind GetValueKindFromObject would', () => {
    expect(inferKind(Uint8Array.from([1]))).toBe('Binary');
    expect(inferKind(1)).toBe('DWord');
    expect(inferKind(-2147483648)).toBe('DWord');
    expect(inferKind(2147483647)).toBe('DWord');
    expect(inferKind(2147483648)).toBe('QWord');
    expect(inferKind(-2147483649)).toBe('QWord');
    expect(inferKind(1n)).toBe('QWord');
    expect(inferKind(['a', 'b'])).toBe('MultiString');
    expect(inferKind([])).toBe('MultiString');
    expect(inferKind('1')).toBe('String');
    expect(inferKind(1.5)).toBe('String');
    expect(inferKind(true)).toBe('String');
    expect(inferKind(null)).toBe('String');
    expect(inferKind(['a', 1])).toBe('String');
  });
});

describe('toValueData', () => {
  it('converts to each kind', () => {
    expect(toValueData(5, 'String')).toEqual(sz('5'));
    expect(toValueData(true, 'ExpandString')).toEqual(expandSz('True'));
    expect(toValueData(['a', 2], 'MultiString')).toEqual(multiSz(['a', '2']));
    expect(toValueData('one', 'MultiString')).toEqual(multiSz(['one']));
    expect(toValueData('10', 'DWord')).toEqual(dword(10));
    expect(toValueData('10', 'QWord')).toEqual(qword(10n));
    expect(toValueData([1, '2', 255], 'Binary')).toEqual(binary([1, 2, 255]));
    expect(toValueData(7, 'Binary')).toEqual(binary([7]));
    expect(toValueData([], 'None')).toEqual(none());
    expect(toValueData(Uint8Array.from([9]), 'None')).toEqual(none([9]));
  });

  it('infers the kind for Unknown', () => {
    expect(toValueData(5, 'Unknown')).toEqual(dword(5));
    expect(toValueData(-1, 'Unknown')).toEqual(dword(0xffff_ffff));
    expect(toValueData(2 ** 33, 'Unknown')).toEqual(qword(2n ** 33n));
    expect(toValueData('x', 'Unknown')).toEqual(sz('x'));
    expect(toValueData(['x'], 'Unknown')).toEqual(multiSz(['x']));
    expect(toValueData(Uint8Array.from([1]), 'Unknown')).toEqual(binary([1]));
  });

  it('makes empty data of no value at all', () => {
    expect(toValueData(null, 'Unknown')).toEqual(sz(''));
    expect(toValueData(null, 'String')).toEqual(sz(''));
    expect(toValueData(null, 'ExpandString')).toEqual(expandSz(''));
    expect(toValueData(null, 'MultiString')).toEqual(multiSz([]));
    expect(toValueData(null, 'DWord')).toEqual(dword(0));
    expect(toValueData(null, 'QWord')).toEqual(qword(0n));
    expect(toValueData(null, 'Binary')).toEqual(binary([]));
  });

  it('refuses a byte out of range', () => {
    expect(registryErrorOf(() => toValueData([1, 256], 'Binary')).message).toBe(
      'Cannot convert value "256" to type "System.Byte". Error: "Value was either too large or too small for an unsigned byte."',
    );
  });

  it('does not share binary data with the caller', () => {
    const source = Uint8Array.from([1, 2]);
    const data = toValueData(source, 'Binary');
    source[0] = 9;
    expect(data).toEqual(binary([1, 2]));
  });
});

describe('toScriptValue', () => {
  it('hands out strings, numbers, bigints and bytes as stored, and lists as a fresh array', () => {
    expect(toScriptValue(sz('x'))).toBe('x');
    expect(toScriptValue(dword(5))).toBe(5);
    expect(toScriptValue(qword(5n))).toBe(5n);
    expect(toScriptValue(binary([1]))).toEqual(Uint8Array.from([1]));
    const stored = multiSz(['a', 'b']);
    const list = toScriptValue(stored);
    expect(list).toEqual(['a', 'b']);
    expect(Object.isFrozen(list)).toBe(false);
    expect(Object.isFrozen(stored.data)).toBe(true);
  });
});
