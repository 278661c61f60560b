import { ConversionError } from './conversion-error.js';
import { parseNumber } from './parse-number.js';
import { dotNetString, toPSString } from './to-string.js';
import { typeNameOf } from './type-of.js';
import type { PSValue } from './value.js';

/** An integer type's range and the article .NET's overflow message uses ("an Int32", "a UInt32"). */
export interface IntegerRange {
  readonly fullName: string;
  readonly min: number;
  readonly max: number;
  readonly label: string;
}

/** DOC (.NET Convert): integer conversions round half to even, and reject values out of range. */
export function toInteger(value: PSValue, range: IntegerRange): number {
  const fromString = typeof value === 'string';
  const number = toDouble(value, range.fullName, 'InvalidCastFromStringToInteger');
  const rounded = roundHalfEven(number);
  if (!Number.isFinite(number) || rounded < range.min || rounded > range.max) {
    const errorId = fromString ? 'InvalidCastFromStringToInteger' : 'InvalidCastIConvertible';
    throw new ConversionError(
      value,
      toPSString(value),
      range.fullName,
      `Value was either too large or too small for ${range.label}.`,
      errorId,
    );
  }
  return rounded;
}

/** A value as a double: strings parse (3P: "Input string was not in a correct format."), $null is 0. */
export function toDouble(
  value: PSValue,
  target = 'System.Double',
  errorId = 'InvalidCastFromStringToDoubleOrSingle',
): number {
  if (value === null) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    const parsed = parseNumber(value);
    if (parsed === undefined)
      throw new ConversionError(value, value, target, 'Input string was not in a correct format.', errorId);
    return parsed;
  }
  if (Array.isArray(value) && value.length === 1) return toDouble(value[0] ?? null, target, errorId);
  const typeName = typeNameOf(value) ?? '';
  throw new ConversionError(
    value,
    dotNetString(value),
    target,
    undefined,
    'ConvertToFinalInvalidCastException',
    typeName,
  );
}

/** Math.Round's default: midpoints go to the even neighbour. */
export function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const diff = value - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
