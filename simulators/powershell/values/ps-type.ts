import { ConversionError } from './conversion-error.js';
import { dotNetString } from './to-string.js';
import { shortTypeName, typeNameOf } from './type-of.js';
import type { PSValue } from './value.js';

/** A .NET type the host knows: how to test a value against it (-is) and convert to it (casts). */
export interface PSType {
  readonly fullName: string;
  readonly name: string;
  is(value: PSValue): boolean;
  convert(value: PSValue): PSValue;
  /** For array types, the element type. */
  readonly element?: PSType;
}

/**
 * DOC (LanguagePrimitives): a value with no conversion to the type at all:
 * `Cannot convert the "x" value of type "T" to type "U".` (ConvertToFinalInvalidCastException).
 */
export function noConversion(value: PSValue, target: string): never {
  throw new ConversionError(
    value,
    dotNetString(value),
    target,
    undefined,
    'ConvertToFinalInvalidCastException',
    typeNameOf(value) ?? '',
  );
}

/** A class used for its static members, or only by name ([math], [Environment], exception types). */
export function staticClass(fullName: string): PSType {
  return {
    fullName,
    name: shortTypeName(fullName),
    is: () => false,
    convert: (v) => noConversion(v, fullName),
  };
}
