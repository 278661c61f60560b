import { registryErrors } from '../errors.js';
import type { ValueType } from '../value.js';

/** .NET's Microsoft.Win32.RegistryValueKind, as New-ItemProperty -PropertyType names it. */
export type PropertyKind =
  | 'Unknown'
  | 'String'
  | 'ExpandString'
  | 'Binary'
  | 'DWord'
  | 'MultiString'
  | 'QWord'
  | 'None';

const KINDS: ReadonlyArray<readonly [PropertyKind, number, ValueType | undefined]> = [
  ['None', -1, 'REG_NONE'],
  ['Unknown', 0, undefined],
  ['String', 1, 'REG_SZ'],
  ['ExpandString', 2, 'REG_EXPAND_SZ'],
  ['Binary', 3, 'REG_BINARY'],
  ['DWord', 4, 'REG_DWORD'],
  ['MultiString', 7, 'REG_MULTI_SZ'],
  ['QWord', 11, 'REG_QWORD'],
];

/**
 * Reads a -PropertyType / -Type argument as Enum.Parse(RegistryValueKind, text, ignoreCase) does:
 * any case, or the enum's number. Absent or empty means Unknown (infer from the value).
 */
export function parsePropertyKind(text: string | undefined): PropertyKind {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return 'Unknown';
  const byName = KINDS.find(([name]) => name.toLowerCase() === trimmed.toLowerCase());
  const byNumber = /^[+-]?\d+$/.test(trimmed)
    ? KINDS.find(([, code]) => code === Number(trimmed))
    : undefined;
  const found = byName ?? byNumber;
  if (!found) throw registryErrors.invalidPropertyType(trimmed);
  return found[0];
}

/** The Win32 type a kind stores as; undefined for Unknown. */
export function valueTypeOfKind(kind: PropertyKind): ValueType | undefined {
  return KINDS.find(([name]) => name === kind)?.[2];
}

/** The kind RegistryKey.GetValueKind reports for a stored type. */
export function kindOfValueType(type: ValueType): PropertyKind {
  return KINDS.find(([, , t]) => t === type)?.[0] ?? 'Unknown';
}
