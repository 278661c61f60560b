import { invariant } from '../shared/invariant.js';

/** The value types the emulator stores, by their Win32 names. */
export const VALUE_TYPES = [
  'REG_NONE',
  'REG_SZ',
  'REG_EXPAND_SZ',
  'REG_BINARY',
  'REG_DWORD',
  'REG_MULTI_SZ',
  'REG_QWORD',
] as const;

/** A registry value type by its Win32 name. */
export type ValueType = (typeof VALUE_TYPES)[number];

/** The numeric code of each type, as `hex(N):` in a .reg file and RegQueryValueEx give it (DOC). */
export const VALUE_TYPE_CODES: Readonly<Record<ValueType, number>> = {
  REG_NONE: 0,
  REG_SZ: 1,
  REG_EXPAND_SZ: 2,
  REG_BINARY: 3,
  REG_DWORD: 4,
  REG_MULTI_SZ: 7,
  REG_QWORD: 11,
};

/** A value's type and data; binary data is owned by the value and must not be mutated. */
export type ValueData =
  | { readonly type: 'REG_SZ' | 'REG_EXPAND_SZ'; readonly data: string }
  | { readonly type: 'REG_MULTI_SZ'; readonly data: readonly string[] }
  | { readonly type: 'REG_DWORD'; readonly data: number }
  | { readonly type: 'REG_QWORD'; readonly data: bigint }
  | { readonly type: 'REG_BINARY' | 'REG_NONE'; readonly data: Uint8Array };

/** A named value inside a key. The default value's name is the empty string. */
export type RegistryValue = ValueData & { readonly name: string };

const DWORD_MAX = 0xffff_ffff;
const QWORD_MAX = 0xffff_ffff_ffff_ffffn;

/** A REG_SZ value's data. */
export const sz = (data: string): ValueData => ({ type: 'REG_SZ', data });
/** A REG_EXPAND_SZ value's data. */
export const expandSz = (data: string): ValueData => ({ type: 'REG_EXPAND_SZ', data });
/** A REG_MULTI_SZ value's data (copied). */
export const multiSz = (data: readonly string[]): ValueData => ({
  type: 'REG_MULTI_SZ',
  data: Object.freeze([...data]),
});
/** A REG_BINARY value's data (copied). */
export const binary = (data: ArrayLike<number>): ValueData => ({
  type: 'REG_BINARY',
  data: Uint8Array.from(data),
});
/** A REG_NONE value's data (copied). */
export const none = (data: ArrayLike<number> = []): ValueData => ({
  type: 'REG_NONE',
  data: Uint8Array.from(data),
});

/** A REG_DWORD value's data; the number must be an integer in 0..4294967295. */
export function dword(data: number): ValueData {
  invariant(
    Number.isInteger(data) && data >= 0 && data <= DWORD_MAX,
    () => `REG_DWORD data must be an integer in 0..${DWORD_MAX}, got ${data}`,
  );
  return { type: 'REG_DWORD', data };
}

/** A REG_QWORD value's data; the number must be an integer in 0..2^64-1. */
export function qword(data: bigint | number): ValueData {
  const big = BigInt(data);
  invariant(big >= 0n && big <= QWORD_MAX, () => `REG_QWORD data must be in 0..${QWORD_MAX}, got ${big}`);
  return { type: 'REG_QWORD', data: big };
}

/** Checks that data matches its declared type and range; the registry calls it on every write. */
export function checkValueData(value: ValueData): void {
  switch (value.type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      invariant(typeof value.data === 'string', () => `${value.type} data must be a string`);
      return;
    case 'REG_MULTI_SZ':
      invariant(
        Array.isArray(value.data) && value.data.every((s) => typeof s === 'string'),
        'REG_MULTI_SZ data must be an array of strings',
      );
      return;
    case 'REG_DWORD':
      dword(value.data);
      return;
    case 'REG_QWORD':
      invariant(typeof value.data === 'bigint', 'REG_QWORD data must be a bigint');
      qword(value.data);
      return;
    case 'REG_BINARY':
    case 'REG_NONE':
      invariant(value.data instanceof Uint8Array, () => `${value.type} data must be a Uint8Array`);
      return;
    default:
      invariant(false, () => `unknown registry value type ${String((value as { type: unknown }).type)}`);
  }
}

/** True when two values have the same type and data (names are not compared). */
export function sameValueData(a: ValueData, b: ValueData): boolean {
  if (a.type !== b.type) return false;
  const [x, y] = [a.data, b.data];
  if (typeof x === 'object' && typeof y === 'object') {
    return (
      x.length === y.length && Array.prototype.every.call(x, (item: unknown, i: number) => item === y[i])
    );
  }
  return x === y;
}
