import { registryErrors } from '../errors.js';
import type { ValueData } from '../value.js';
import { binary, dword, expandSz, multiSz, none, qword, sz } from '../value.js';
import type { PropertyKind } from './property-kind.js';

/** A value as a script hands it to the registry provider. */
export type ScriptValue = string | number | bigint | boolean | null | Uint8Array | readonly ScriptValue[];

const INT32_MIN = -(2n ** 31n);
const UINT32_MAX = 2n ** 32n - 1n;
const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

/** PowerShell's string form of a value: arrays joined by spaces ($OFS), booleans as True/False. */
export function scriptString(value: ScriptValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value instanceof Uint8Array) return [...value].join(' ');
  if (Array.isArray(value)) return value.map(scriptString).join(' ');
  return String(value);
}

/** An integer as LanguagePrimitives would read it: numbers (rounded to even), numeric strings, booleans. */
function toInteger(value: ScriptValue, typeName: string, tooLarge: string): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'boolean') return value ? 1n : 0n;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw registryErrors.invalidCast(scriptString(value), typeName, tooLarge);
    const floor = Math.floor(value);
    const diff = value - floor;
    const even = diff > 0.5 || (diff === 0.5 && floor % 2 !== 0) ? floor + 1 : floor;
    return BigInt(even);
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return 0n; // LanguagePrimitives reads an empty string as 0 ([int]'' is 0)
    if (/^[+-]?\d+$/.test(text)) return BigInt(text);
    if (/^0x[0-9a-f]+$/i.test(text)) return BigInt(text);
    throw registryErrors.invalidCast(value, typeName, 'Input string was not in a correct format.');
  }
  throw registryErrors.invalidCast(scriptString(value), typeName, `Cannot convert to ${typeName}.`);
}

/**
 * A DWord as the provider stores it (DOC, RegistryProvider): first as Int32, failing that as
 * UInt32; a negative Int32 keeps its bits, so -1 is stored as 0xFFFFFFFF.
 */
export function toDword(value: ScriptValue): ValueData {
  const n = toInteger(value, 'System.UInt32', 'Value was either too large or too small for a UInt32.');
  if (n < INT32_MIN || n > UINT32_MAX) {
    throw registryErrors.invalidCast(
      scriptString(value),
      'System.UInt32',
      'Value was either too large or too small for a UInt32.',
    );
  }
  return dword(Number(BigInt.asUintN(32, n)));
}

/** A QWord: Int64 first, then UInt64, negative values kept as their bits. */
export function toQword(value: ScriptValue): ValueData {
  const n = toInteger(value, 'System.UInt64', 'Value was either too large or too small for a UInt64.');
  if (n < INT64_MIN || n > UINT64_MAX) {
    throw registryErrors.invalidCast(
      scriptString(value),
      'System.UInt64',
      'Value was either too large or too small for a UInt64.',
    );
  }
  return qword(BigInt.asUintN(64, n));
}

function toBytes(value: ScriptValue): Uint8Array {
  if (value instanceof Uint8Array) return value;
  const items = Array.isArray(value) ? value : [value];
  return Uint8Array.from(items, (item: ScriptValue) => {
    const n = toInteger(item, 'System.Byte', 'Value was either too large or too small for an unsigned byte.');
    if (n < 0n || n > 255n) {
      throw registryErrors.invalidCast(
        scriptString(item),
        'System.Byte',
        'Value was either too large or too small for an unsigned byte.',
      );
    }
    return Number(n);
  });
}

/** The kind RegistryProvider infers from a value when no type is given (GetValueKindFromObject). */
export function inferKind(value: ScriptValue): PropertyKind {
  if (value instanceof Uint8Array) return 'Binary';
  if (typeof value === 'bigint') return 'QWord';
  if (typeof value === 'number' && Number.isInteger(value)) {
    return value >= -(2 ** 31) && value < 2 ** 31 ? 'DWord' : 'QWord';
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return 'MultiString';
  return 'String'; // .NET's SetValue stores anything else through ToString()
}

/**
 * Converts a script's value to the data of the given kind, with PowerShell's conversion errors.
 * No value at all ($null, as when -Value is left out) is empty data: '', no strings, 0 or no bytes
 * (DOC, ConvertValueToKind).
 */
export function toValueData(value: ScriptValue, kind: PropertyKind): ValueData {
  switch (kind) {
    case 'Unknown':
      return toValueData(value, inferKind(value));
    case 'String':
      return sz(scriptString(value));
    case 'ExpandString':
      return expandSz(scriptString(value));
    case 'MultiString':
      if (value === null) return multiSz([]);
      return multiSz(Array.isArray(value) ? value.map(scriptString) : [scriptString(value)]);
    case 'DWord':
      return value === null ? dword(0) : toDword(value);
    case 'QWord':
      return value === null ? qword(0) : toQword(value);
    case 'Binary':
      return binary(value === null ? [] : toBytes(value));
    case 'None':
      return none(toBytes(value));
  }
}

/** What Get-ItemProperty hands a script for stored data: strings, numbers, bigints, arrays, bytes. */
export function toScriptValue(data: ValueData): ScriptValue {
  return data.type === 'REG_MULTI_SZ' ? [...data.data] : data.data;
}
