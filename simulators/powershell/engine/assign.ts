import { languageErrors } from '../errors/language-errors.js';
import { languageError } from '../errors/runtime-errors.js';
import { arithmetic } from '../operators/arithmetic.js';
import { itemsOf } from '../operators/collections.js';
import type { Expr, Statement } from '../syntax/ast.js';
import { PSArrayList } from '../values/array-list.js';
import { toInteger } from '../values/convert-number.js';
import { PSHashtable } from '../values/hashtable.js';
import { PSObject } from '../values/ps-object.js';
import { toPSString } from '../values/to-string.js';
import type { PSValue } from '../values/value.js';
import { type ExecContext, positionOf } from './context.js';
import { evaluate } from './evaluate.js';
import { castTo } from './evaluate-types.js';
import { atExtent, raise, unsupported } from './raise.js';
import { readVariable, writeVariable } from './variables.js';

const INT = { fullName: 'System.Int32', min: -2147483648, max: 2147483647, label: 'an Int32' };

/** The new value of `target op= value` (DOC: about_Assignment_Operators). */
export function compoundValue(
  ctx: ExecContext,
  statement: Statement & { kind: 'assign' },
  value: PSValue,
): PSValue {
  const current =
    statement.target.kind === 'variable'
      ? readVariable(ctx, statement.target)
      : evaluate(ctx, statement.target);
  return atExtent(ctx, statement.ext, () => arithmetic(statement.op.slice(0, 1), current, value));
}

/**
 * Stores a value into a variable, a property, an element or (`$a, $b = ...`) several variables.
 * ASSUME: `[int]$x = v` converts v once; the type constraint on $x is not kept.
 */
export function assign(ctx: ExecContext, target: Expr, value: PSValue): void {
  switch (target.kind) {
    case 'variable':
      writeVariable(ctx, target, value);
      return;
    case 'cast':
      if (target.operand.kind !== 'variable') unsupported(ctx, target.ext, 'assignment to a cast');
      writeVariable(ctx, target.operand, castTo(ctx, target, { value }) ?? null);
      return;
    case 'array': {
      const items = itemsOf(value) ?? [value];
      target.items.forEach((item, i) => {
        const last = i === target.items.length - 1;
        const rest = items.slice(i);
        assign(ctx, item, last ? (rest.length > 1 ? rest : (rest[0] ?? null)) : (items[i] ?? null));
      });
      return;
    }
    case 'member': {
      const object = evaluate(ctx, target.target);
      const name = toPSString(evaluate(ctx, target.name));
      if (object instanceof PSHashtable) object.set(name, value);
      else if (object instanceof PSObject && object.has(name)) object.set(name, value);
      else raise(ctx, languageErrors.propertyNotFound(name, positionOf(ctx, target.ext)));
      return;
    }
    case 'index': {
      const object = evaluate(ctx, target.target);
      const index = evaluate(ctx, target.index);
      if (object instanceof PSHashtable) {
        object.set(index, value);
        return;
      }
      const items = Array.isArray(object) ? object : object instanceof PSArrayList ? object.items : undefined;
      if (!items) raise(ctx, languageErrors.nullArray(positionOf(ctx, target.ext)));
      const at = atExtent(ctx, target.index.ext, () => toInteger(index, INT));
      const slot = at < 0 ? items.length + at : at;
      if (slot < 0 || slot >= items.length) {
        // 3P (Set-StrictMode docs' sample output): IndexOutOfRangeException, OperationStopped.
        raise(
          ctx,
          languageError(
            'Index was outside the bounds of the array.',
            'System.IndexOutOfRangeException',
            'OperationStopped',
            positionOf(ctx, target.ext),
            { exceptionType: 'System.IndexOutOfRangeException' },
          ),
        );
      }
      items[slot] = value;
      return;
    }
    default:
      unsupported(ctx, target.ext, `assignment to ${target.kind}`);
  }
}
