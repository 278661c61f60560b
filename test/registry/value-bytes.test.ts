import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  binary,
  dword,
  expandSz,
  multiSz,
  none,
  qword,
  sameValueData,
  sz,
  valueFromBytes,
  valueToBytes,
} from '../../simulators/registry/index.js';
import { InvariantError } from '../../simulators/shared/invariant.js';
import { valueData } from './arbitraries.js';
import { thrown } from './helpers.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);

describe('valueToBytes', () => {
  it('writes strings as UTF-16LE with their terminating NUL', () => {
    expect(valueToBytes(sz('ab'))).toEqual(bytes(0x61, 0, 0x62, 0, 0, 0));
    expect(valueToBytes(expandSz('%P%'))).toEqual(bytes(0x25, 0, 0x50, 0, 0x25, 0, 0, 0));
    expect(valueToBytes(sz(''))).toEqual(bytes(0, 0));
    expect(valueToBytes(sz('€'))).toEqual(bytes(0xac, 0x20, 0, 0));
  });

  it('ends each REG_MULTI_SZ string with NUL and the list with one more', () => {
    expect(valueToBytes(multiSz(['a', 'b']))).toEqual(bytes(0x61, 0, 0, 0, 0x62, 0, 0, 0, 0, 0));
    expect(valueToBytes(multiSz([]))).toEqual(bytes(0, 0));
    expect(valueToBytes(multiSz(['']))).toEqual(bytes(0, 0, 0, 0));
  });

  it('writes numbers little-endian', () => {
    expect(valueToBytes(dword(0x0102_0304))).toEqual(bytes(4, 3, 2, 1));
    expect(valueToBytes(dword(0xffff_ffff))).toEqual(bytes(0xff, 0xff, 0xff, 0xff));
    expect(valueToBytes(qword(0x0102_0304_0506_0708n))).toEqual(bytes(8, 7, 6, 5, 4, 3, 2, 1));
    expect(valueToBytes(qword(2n ** 64n - 1n))).toEqual(new Uint8Array(8).fill(0xff));
  });

  it('copies binary data', () => {
    const value = binary([1, 2, 3]);
    const out = valueToBytes(value);
    expect(out).toEqual(bytes(1, 2, 3));
    out[0] = 9;
    expect(value.data).toEqual(bytes(1, 2, 3));
    expect(valueToBytes(none([7]))).toEqual(bytes(7));
  });
});

describe('valueFromBytes', () => {
  it('reads strings with or without their terminator, and keeps inner NULs', () => {
    expect(valueFromBytes('REG_SZ', bytes(0x61, 0, 0, 0))).toEqual(sz('a'));
    expect(valueFromBytes('REG_SZ', bytes(0x61, 0))).toEqual(sz('a'));
    expect(valueFromBytes('REG_SZ', bytes(0x61, 0, 0, 0, 0x62, 0, 0, 0))).toEqual(sz('a\0b'));
    expect(valueFromBytes('REG_EXPAND_SZ', bytes(0x25, 0, 0, 0))).toEqual(expandSz('%'));
    expect(valueFromBytes('REG_SZ', bytes())).toEqual(sz(''));
  });

  it('ignores a dangling odd byte of a string', () => {
    expect(valueFromBytes('REG_SZ', bytes(0x61, 0, 0x62))).toEqual(sz('a'));
  });

  it('reads REG_MULTI_SZ lists, empty and unterminated ones too', () => {
    expect(valueFromBytes('REG_MULTI_SZ', bytes(0x61, 0, 0, 0, 0x62, 0, 0, 0, 0, 0)).data).toEqual([
      'a',
      'b',
    ]);
    expect(valueFromBytes('REG_MULTI_SZ', bytes(0, 0)).data).toEqual([]);
    expect(valueFromBytes('REG_MULTI_SZ', bytes()).data).toEqual([]);
    expect(valueFromBytes('REG_MULTI_SZ', bytes(0, 0, 0, 0)).data).toEqual(['']);
    expect(valueFromBytes('REG_MULTI_SZ', bytes(0x61, 0, 0, 0, 0, 0, 0, 0)).data).toEqual(['a', '']);
    expect(valueFromBytes('REG_MULTI_SZ', bytes(0x61, 0, 0, 0, 0x62, 0)).data).toEqual(['a', 'b']);
    expect(valueFromBytes('REG_MULTI_SZ', bytes(0x61, 0, 0, 0)).data).toEqual(['a']);
  });

  it('reads numbers little-endian, also from a view into a larger buffer', () => {
    expect(valueFromBytes('REG_DWORD', bytes(4, 3, 2, 1))).toEqual(dword(0x0102_0304));
    const backing = bytes(0xaa, 8, 7, 6, 5, 4, 3, 2, 1, 0xbb);
    expect(valueFromBytes('REG_QWORD', backing.subarray(1, 9))).toEqual(qword(0x0102_0304_0506_0708n));
    expect(valueFromBytes('REG_DWORD', backing.subarray(5, 9))).toEqual(dword(0x0102_0304));
  });

  it('refuses numbers of the wrong length', () => {
    const error = thrown(() => valueFromBytes('REG_DWORD', bytes(1, 2, 3)));
    expect(error).toBeInstanceOf(InvariantError);
    expect((error as Error).message).toBe('[hotpatch-harness] REG_DWORD data must be 4 bytes, got 3');
    expect((thrown(() => valueFromBytes('REG_QWORD', bytes(1, 2, 3, 4))) as Error).message).toBe(
      '[hotpatch-harness] REG_QWORD data must be 8 bytes, got 4',
    );
  });

  it('copies binary data, so the source buffer may change afterwards', () => {
    const source = bytes(1, 2);
    const value = valueFromBytes('REG_BINARY', source);
    source[0] = 9;
    expect(value).toEqual(binary([1, 2]));
    expect(valueFromBytes('REG_NONE', bytes(5))).toEqual(none([5]));
  });

  test.prop([valueData], { numRuns: 200 })('is the inverse of valueToBytes', (value) => {
    expect(sameValueData(valueFromBytes(value.type, valueToBytes(value)), value)).toBe(true);
  });
});
