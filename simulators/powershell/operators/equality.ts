import { languageError } from '../errors/runtime-errors.js';
import { ConversionError } from '../values/conversion-error.js';
import { roundHalfEven, toDouble } from '../values/convert-number.js';
import { parseNumber } from '../values/parse-number.js';
import { toBool } from '../values/to-bool.js';
import { toPSString } from '../values/to-string.js';
import { typeNameOf } from '../values/type-of.js';
import { PSTypeValue } from '../values/type-value.js';
import type { PSValue } from '../values/value.js';
import { LanguageFault } from './fault.js';

const collatorCi = new Intl.Collator('en-US', { sensitivity: 'accent' });
const collatorCs = new Intl.Collator('en-US', { sensitivity: 'variant', caseFirst: 'lower' });

/**
 * LanguagePrimitives.Equals (DOC: PowerShell source): the left operand decides. A string
 * compares with the right side as a string (ignoring case unless `-ceq`); a number converts the
 * right side to its own type (so `10 -eq '10.0'` is true); a boolean compares truth; anything
 * else compares identity.
 */
export function psEquals(left: PSValue, right: PSValue, caseSensitive = false): boolean {
  if (left === null) return right === null;
  if (right === null) return false;
  if (typeof left === 'string') {
    const text = typeof right === 'string' ? right : toPSString(right);
    return caseSensitive ? left === text : collatorCi.compare(left, text) === 0;
  }
  if (typeof left === 'number') {
    if (typeof right === 'number') return left === right;
    if (typeof right === 'boolean') return left === (right ? 1 : 0);
    if (typeof right !== 'string') return false;
    try {
      // The right side takes the left's type: an integer rounds half to even, as [int] does.
      const converted = toDouble(right);
      return typeNameOf(left) === 'System.Double' ? converted === left : roundHalfEven(converted) === left;
    } catch (error) {
      if (error instanceof ConversionError) return false;
      throw error;
    }
  }
  if (typeof left === 'boolean') return left === toBool(right);
  if (left instanceof PSTypeValue && right instanceof PSTypeValue)
    return left.type.fullName === right.type.fullName;
  return left === right;
}

/**
 * LanguagePrimitives.Compare for `-lt -le -gt -ge` (DOC: PowerShell source): strings compare
 * culture-aware (en-US, ignoring case unless `-c`), numbers numerically after converting the right
 * side. DOC (CompareObjectToNull): $null is less than a number of 0 or more and greater than a
 * negative one, and less than any other value.
 */
export function psCompare(left: PSValue, right: PSValue, caseSensitive = false): number {
  if (left === null) return right === null ? 0 : typeof right === 'number' && right < 0 ? 1 : -1;
  if (right === null && typeof left === 'number') return left < 0 ? -1 : 1;
  if (typeof left === 'string') {
    const text = right === null ? '' : toPSString(right);
    return Math.sign((caseSensitive ? collatorCs : collatorCi).compare(left, text));
  }
  if (typeof left === 'number' || typeof left === 'boolean') {
    const a = toDouble(left);
    if (right === null) return 1;
    const b =
      typeof right === 'string'
        ? parseNumber(right)
        : typeof right === 'number' || typeof right === 'boolean'
          ? toDouble(right)
          : undefined;
    if (b === undefined) throw cannotCompare(left, right);
    return Math.sign(a - b);
  }
  throw cannotCompare(left, right);
}

/** 3P: `Could not compare "5" to "abc". Error: "Cannot convert value ..."`. */
function cannotCompare(left: PSValue, right: PSValue): LanguageFault {
  const type = typeNameOf(left) ?? 'System.Object';
  const inner = `Cannot convert value "${toPSString(right)}" to type "${type}". Error: "Input string was not in a correct format."`;
  return new LanguageFault((at) =>
    languageError(
      `Could not compare "${toPSString(left)}" to "${toPSString(right)}". Error: "${inner}"`,
      'ComparisonFailure',
      'InvalidOperation',
      at,
    ),
  );
}
