import { languageErrors } from '../errors/language-errors.js';
import { methodNotFound } from '../errors/runtime-errors.js';
import type { MethodHost, MethodResult } from '../members/method-types.js';
import { callMethod } from '../members/methods.js';
import { getProperty } from '../members/properties.js';
import { staticMethod, staticProperty } from '../members/static-members.js';
import { collected, itemsOf } from '../operators/collections.js';
import type { Expr } from '../syntax/ast.js';
import { PSArrayList } from '../values/array-list.js';
import { toInteger } from '../values/convert-number.js';
import { PSHashtable } from '../values/hashtable.js';
import { toPSString } from '../values/to-string.js';
import { typeNameOf } from '../values/type-of.js';
import { PSTypeValue } from '../values/type-value.js';
import type { PSValue } from '../values/value.js';
import { type ExecContext, positionOf } from './context.js';
import { evaluate } from './evaluate.js';
import { invokeScriptBlockInScope } from './invoke-block.js';
import { atExtent, raise, unsupported } from './raise.js';

const INT = { fullName: 'System.Int32', min: -2147483648, max: 2147483647, label: 'an Int32' };

/** `$x.Name` and `[T]::Name`. */
export function evaluateMember(ctx: ExecContext, expr: Expr & { kind: 'member' }): PSValue {
  const target = evaluate(ctx, expr.target);
  const name = toPSString(evaluate(ctx, expr.name));
  if (!expr.isStatic) return getProperty(target, name);
  if (!(target instanceof PSTypeValue))
    return unsupported(ctx, expr.ext, 'static member access on a value that is not a type');
  return staticProperty(target.type, name) ?? null;
}

/** `$x.M(args)` and `[T]::M(args)`; a method the value lacks is PowerShell's MethodNotFound error. */
export function evaluateInvoke(ctx: ExecContext, expr: Expr & { kind: 'invoke' }): PSValue | undefined {
  const target = evaluate(ctx, expr.target);
  const name = toPSString(evaluate(ctx, expr.name));
  const args = expr.args.map((arg) => evaluate(ctx, arg));
  const position = positionOf(ctx, expr.ext);
  const host: MethodHost = { invoke: (block, input) => invokeScriptBlockInScope(ctx, block, input) };
  const call = (on: PSValue): MethodResult | undefined =>
    atExtent(
      ctx,
      expr.ext,
      () =>
        expr.isStatic && on instanceof PSTypeValue
          ? staticMethod(on.type, name, args)
          : callMethod(on, name, args, host),
      {
        name,
        argCount: args.length,
      },
    );
  if (expr.isStatic && !(target instanceof PSTypeValue))
    return unsupported(ctx, expr.ext, 'static method call on a value that is not a type');
  if (target === null) return raise(ctx, languageErrors.nullMethod(position));
  const result = call(target);
  if (result) return 'value' in result ? result.value : undefined;
  // DOC (about_Member-Access_Enumeration): a collection without the method calls it on each item.
  const items = itemsOf(target);
  if (items && !expr.isStatic) {
    const results = items.map((item) => call(item));
    if (results.every((r) => r !== undefined))
      return collected(results.flatMap((r) => ('value' in r ? [r.value] : [])));
  }
  const typeName =
    target instanceof PSTypeValue && expr.isStatic
      ? target.type.fullName
      : (typeNameOf(target) ?? 'System.Object');
  return raise(ctx, methodNotFound(typeName, name, position));
}

/**
 * `$x[i]` (DOC: about_Arrays): negative indexes count from the end, an index past the end is $null,
 * a list of indexes gives a list; hashtables look keys up; a scalar is its own item 0.
 */
export function evaluateIndex(ctx: ExecContext, expr: Expr & { kind: 'index' }): PSValue {
  const target = evaluate(ctx, expr.target);
  const index = evaluate(ctx, expr.index);
  if (target === null) return raise(ctx, languageErrors.nullArray(positionOf(ctx, expr.ext)));
  if (target instanceof PSHashtable) {
    const keys = itemsOf(index);
    return keys ? keys.map((key) => target.get(key) ?? null) : (target.get(index) ?? null);
  }
  const items = Array.isArray(target)
    ? target
    : target instanceof PSArrayList
      ? target.items
      : typeof target === 'string'
        ? [...target]
        : [target];
  const pick = (i: PSValue) => {
    const n = atExtent(ctx, expr.index.ext, () => toInteger(i, INT));
    return items[n < 0 ? items.length + n : n] ?? null;
  };
  const many = itemsOf(index);
  return many ? many.map(pick) : pick(index);
}
