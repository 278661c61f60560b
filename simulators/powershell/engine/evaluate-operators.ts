import { arithmetic } from '../operators/arithmetic.js';
import { comparison, splitOperator } from '../operators/comparison-ops.js';
import { formatOp } from '../operators/format-string.js';
import { joinOp, replaceOp, splitOp } from '../operators/text-ops.js';
import type { Expr } from '../syntax/ast.js';
import { ConversionError } from '../values/conversion-error.js';
import { toBool } from '../values/to-bool.js';
import { toPSString } from '../values/to-string.js';
import { PSTypeValue } from '../values/type-value.js';
import { type PSType, resolveType } from '../values/types.js';
import type { PSValue } from '../values/value.js';
import type { ExecContext } from './context.js';
import { evaluate } from './evaluate.js';
import { bitwise, range } from './evaluate-unary.js';
import { matchesTable } from './matches.js';
import { atExtent, unsupported } from './raise.js';

const _INT32 = { fullName: 'System.Int32', min: -2147483648, max: 2147483647, label: 'an Int32' };
const _INT64 = { fullName: 'System.Int64', min: -(2 ** 63), max: 2 ** 63 - 1, label: 'an Int64' };
/** DOC (about_Operators, 5.1): a range may hold at most 50,000,000 numbers. */
const _MAX_RANGE = 50_000_000;

/** A binary operation; `-and`/`-or` short-circuit. */
export function binary(ctx: ExecContext, expr: Expr & { kind: 'binary' }): PSValue {
  const { op } = expr;
  if (op === '-and') return toBool(evaluate(ctx, expr.left)) && toBool(evaluate(ctx, expr.right));
  if (op === '-or') return toBool(evaluate(ctx, expr.left)) || toBool(evaluate(ctx, expr.right));
  const left = evaluate(ctx, expr.left);
  const right = evaluate(ctx, expr.right);
  return atExtent(ctx, expr.ext, () => apply(ctx, expr, op, left, right));
}

function apply(
  ctx: ExecContext,
  expr: Expr & { kind: 'binary' },
  op: string,
  left: PSValue,
  right: PSValue,
): PSValue {
  switch (op) {
    case '-xor':
      return toBool(left) !== toBool(right);
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
      return arithmetic(op, left, right);
    case '..':
      return range(left, right);
    case '-f':
      return formatOp(left, right);
    case '-join':
      return joinOp(left, right);
    case '-is':
    case '-isnot': {
      const is = typeOperand(ctx, expr, right).is(left);
      return op === '-is' ? is : !is;
    }
    case '-as':
      try {
        return typeOperand(ctx, expr, right).convert(left);
      } catch (error) {
        if (error instanceof ConversionError) return null;
        throw error;
      }
    case '-band':
    case '-bor':
    case '-bxor':
    case '-shl':
    case '-shr':
      return bitwise(op, left, right);
  }
  const { base, caseSensitive } = splitOperator(op);
  if (base === 'replace') return replaceOp(left, right, caseSensitive);
  if (base === 'split') return splitOp(left, right, caseSensitive);
  return comparison(op, left, right, (match) =>
    ctx.scope.set('Matches', matchesTable(match, toPSString(right))),
  );
}

function typeOperand(ctx: ExecContext, expr: Expr & { kind: 'binary' }, right: PSValue): PSType {
  if (right instanceof PSTypeValue) return right.type;
  const name = toPSString(right);
  return resolveType(name) ?? unsupported(ctx, expr.right.ext, `type [${name}]`);
}
