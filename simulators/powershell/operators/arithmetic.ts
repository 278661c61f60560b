import { languageErrors } from '../errors/language-errors.js';
import { languageError, methodNotFound } from '../errors/runtime-errors.js';
import { ConversionError } from '../values/conversion-error.js';
import { toDouble } from '../values/convert-number.js';
import { PSHashtable } from '../values/hashtable.js';
import { parseNumber } from '../values/parse-number.js';
import { toPSString } from '../values/to-string.js';
import { typeNameOf } from '../values/type-of.js';
import type { PSValue } from '../values/value.js';
import { itemsOf } from './collections.js';
import { LanguageFault } from './fault.js';

const OP_NAMES: Record<string, string> = {
  '+': 'op_Addition',
  '-': 'op_Subtraction',
  '*': 'op_Multiply',
  '/': 'op_Division',
  '%': 'op_Modulus',
};

/**
 * `+ - * / %` with PowerShell's rules (DOC: about_Arithmetic_Operators): the left operand decides.
 * A string left operand concatenates (+) or repeats (*); an array left operand concatenates or
 * repeats; hashtables add to hashtables; numbers convert the right operand to a number.
 */
export function arithmetic(op: string, left: PSValue, right: PSValue): PSValue {
  const leftItems = itemsOf(left);
  if (leftItems) {
    if (op === '+') return [...leftItems, ...(itemsOf(right) ?? [right])];
    if (op === '*') return repeat(leftItems, count(right));
    throw noOperator(left, op);
  }
  if (left instanceof PSHashtable) {
    if (op !== '+') throw noOperator(left, op);
    if (!(right instanceof PSHashtable)) {
      throw new LanguageFault((at) =>
        languageError(
          'A hash table can only be added to another hash table.',
          'AddHashTableToNonHashTable',
          'InvalidOperation',
          at,
        ),
      );
    }
    const sum = left.clone();
    for (const { key, value } of right.entries()) {
      if (sum.has(key)) throw new LanguageFault((at) => languageErrors.duplicateKey(toPSString(key), at));
      sum.set(key, value);
    }
    return sum;
  }
  if (typeof left === 'string') {
    if (op === '+') return left + toPSString(right);
    if (op === '*') return left.repeat(count(right));
  }
  if (left !== null && typeof left === 'object') throw noOperator(left, op);
  if (left === null && op === '+') return right;
  return numeric(op, numberOf(left), numberOf(right), isIntegral(left) && isIntegral(right));
}

function numeric(op: string, a: number, b: number, integral: boolean): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      if (b === 0 && integral) throw new LanguageFault((at) => languageErrors.divideByZero(at));
      return a / b;
    default:
      if (b === 0 && integral) throw new LanguageFault((at) => languageErrors.divideByZero(at));
      return a % b;
  }
}

/** The right operand as a number: strings parse (as Int32 when integral, else Double), $null is 0. */
function numberOf(value: PSValue): number {
  if (typeof value === 'string') {
    const parsed = parseNumber(value);
    if (parsed === undefined)
      throw new ConversionError(
        value,
        value,
        'System.Int32',
        'Input string was not in a correct format.',
        'InvalidCastFromStringToInteger',
      );
    return parsed;
  }
  if (itemsOf(value)) throw noOperator(value, '+');
  return toDouble(value);
}

const isIntegral = (value: PSValue) => typeof value !== 'number' || Number.isInteger(value);

function count(value: PSValue): number {
  return Math.max(0, Math.trunc(numberOf(value)));
}

function repeat(items: PSValue[], times: number): PSValue[] {
  const out: PSValue[] = [];
  for (let i = 0; i < times; i++) out.push(...items);
  return out;
}

/** 3P: "Method invocation failed because [System.Object[]] does not contain a method named 'op_Subtraction'." */
function noOperator(left: PSValue, op: string): LanguageFault {
  return new LanguageFault((at) =>
    methodNotFound(typeNameOf(left) ?? 'System.Object', OP_NAMES[op] ?? op, at),
  );
}
