import { ConversionError } from '../values/conversion-error.js';
import { dotNetString, toPSString } from '../values/to-string.js';
import { resolveType } from '../values/types.js';
import type { PSValue } from '../values/value.js';
import type { ParameterType } from './types.js';

const NAMES: Record<string, string> = {
  object: 'System.Object',
  'object[]': 'System.Object[]',
  string: 'System.String',
  'string[]': 'System.String[]',
  int: 'System.Int32',
  'int[]': 'System.Int32[]',
  long: 'System.Int64',
  uint32: 'System.UInt32',
  double: 'System.Double',
  bool: 'System.Boolean',
  switch: 'System.Management.Automation.SwitchParameter',
  hashtable: 'System.Collections.Hashtable',
  scriptblock: 'System.Management.Automation.ScriptBlock',
  'scriptblock[]': 'System.Management.Automation.ScriptBlock[]',
};

/** An enumeration type for a parameter: its .NET name, value names and (when not 0, 1, 2...) numbers. */
export function enumType(
  name: string,
  values: readonly string[],
  numbers?: readonly number[],
): ParameterType {
  return numbers ? { enum: name, values, numbers } : { enum: name, values };
}

/** How a declared parameter type converts and is named in messages. */
export function specType(type: ParameterType | undefined): {
  typeName: string;
  convert: (value: PSValue) => PSValue;
  isSwitch: boolean;
} {
  if (type === undefined) return { typeName: 'System.Object', convert: (v) => v, isSwitch: false };
  if (typeof type === 'object')
    return {
      typeName: type.enum,
      convert: (v) => enumValue(type.enum, type.values, v, type.numbers),
      isSwitch: false,
    };
  const typeName = NAMES[type] ?? 'System.Object';
  const resolved = resolveType(typeName);
  return { typeName, convert: resolved ? (v) => resolved.convert(v) : (v) => v, isSwitch: type === 'switch' };
}

/**
 * An enumeration value by name, ignoring case (DOC: LanguagePrimitives enum conversion). 3P:
 * "Unable to match the identifier name X to a valid enumerator name. Specify one of the
 * following enumerator names and try again:" then the names.
 */
function enumValue(
  typeName: string,
  values: readonly string[],
  value: PSValue,
  numbers?: readonly number[],
): string {
  const text = toPSString(value);
  const found = values.find((name) => name.toLowerCase() === text.toLowerCase());
  if (found) return found;
  // DOC: an enumeration also converts from its underlying number (-ErrorAction 0 is SilentlyContinue).
  const number = typeof value === 'number' ? value : /^\s*-?\d+\s*$/.test(text) ? Number(text) : undefined;
  const index = number === undefined ? -1 : (numbers ?? values.map((_, i) => i)).indexOf(number);
  if (index >= 0) return values[index] as string;
  const reason = `Unable to match the identifier name ${text} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${values.join(', ')}`;
  throw new ConversionError(value, dotNetString(value), typeName, reason, 'InvalidCastFromStringToEnum');
}
