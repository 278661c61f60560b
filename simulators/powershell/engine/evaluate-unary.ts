import { languageError } from '../errors/runtime-errors.js';
import { arithmetic } from '../operators/arithmetic.js';
import { LanguageFault } from '../operators/fault.js';
import { joinOp, splitOp } from '../operators/text-ops.js';
import type { Expr } from '../syntax/ast.js';
import { toDouble, toInteger } from '../values/convert-number.js';
import { toBool } from '../values/to-bool.js';
import type { PSValue } from '../values/value.js';
import type { ExecContext } from './context.js';
import { evaluate } from './evaluate.js';
import { atExtent, unsupported } from './raise.js';

const INT32 = { fullName: 'System.Int32', min: -2147483648, max: 2147483647, label: 'an Int32' };
const INT64 = { fullName: 'System.Int64', min: -(2 ** 63), max: 2 ** 63 - 1, label: 'an Int64' };
/** DOC (about_Operators, 5.1): a range may hold at most 50,000,000 numbers. */
const MAX_RANGE = 50_000_000;

/** DOC (about_Operators): `a..b` counts up or down by one between two Int32 values. */
export function range(left: PSValue, right: PSValue): number[] {
  const from = toInteger(left, INT32);
  const to = toInteger(right, INT32);
  if (Math.abs(to - from) + 1 > MAX_RANGE) {
    throw new LanguageFault((at) =>
      languageError(
        'The result array size exceeds the maximum array size of 50000000.',
        'ArrayTooBig',
        'InvalidOperation',
        at,
      ),
    );
  }
  const step = from <= to ? 1 : -1;
  const out: number[] = [];
  for (let n = from; n !== to + step; n += step) out.push(n);
  return out;
}

/** DOC (about_Arithmetic_Operators): bitwise operators work on 64-bit integers. */
export function bitwise(op: string, left: PSValue, right: PSValue): number {
  const a = BigInt(toInteger(left, INT64));
  const b = BigInt(toInteger(right, INT64));
  const result =
    op === '-band' ? a & b : op === '-bor' ? a | b : op === '-bxor' ? a ^ b : op === '-shl' ? a << b : a >> b;
  return Number(BigInt.asIntN(64, result));
}

/** A unary operation: -not ! - + -bnot, and unary -split / -join. */
export function unary(ctx: ExecContext, expr: Expr & { kind: 'unary' }): PSValue {
  const operand = evaluate(ctx, expr.operand);
  return atExtent(ctx, expr.ext, () => {
    switch (expr.op) {
      case '-not':
      case '!':
        return !toBool(operand);
      case '-':
        return arithmetic(
          '-',
          0,
          typeof operand === 'string'
            ? toDouble(operand, 'System.Int32', 'InvalidCastFromStringToInteger')
            : operand,
        );
      case '+':
        return typeof operand === 'string'
          ? toDouble(operand, 'System.Int32', 'InvalidCastFromStringToInteger')
          : arithmetic('+', 0, operand);
      case '-bnot':
        return Number(BigInt.asIntN(32, ~BigInt(toInteger(operand, INT64))));
      case '-split':
        return splitOp(operand, undefined, false);
      case '-join':
        return joinOp(operand, '');
      default:
        return unsupported(ctx, expr.ext, `operator ${expr.op}`);
    }
  });
}
