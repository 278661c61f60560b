import type { Expr, TypeName } from '../syntax/ast.js';
import { PSTypeValue } from '../values/type-value.js';
import { knownTypes, type PSType, resolveType } from '../values/types.js';
import type { PSValue } from '../values/value.js';
import type { ExecContext } from './context.js';
import { evaluate } from './evaluate.js';
import { atExtent, unsupported } from './raise.js';

/** A type the script names; a type the host does not emulate is an UnsupportedError naming it. */
export function typeOf(ctx: ExecContext, name: TypeName): PSType {
  return resolveType(name.name) ?? unsupported(ctx, name.ext, `type [${name.name}]`);
}

/** `[type]` as a value. */
export function typeValue(ctx: ExecContext, name: TypeName): PSTypeValue {
  return new PSTypeValue(typeOf(ctx, name));
}

/**
 * `[type]value` (DOC: about_Type_Conversion via LanguagePrimitives): a failed conversion is a
 * statement-terminating RuntimeException; `[void]` yields nothing at all.
 */
export function castTo(
  ctx: ExecContext,
  expr: Expr & { kind: 'cast' },
  input?: { value: PSValue },
): PSValue | undefined {
  const type = typeOf(ctx, expr.type);
  const value = input ? input.value : evaluate(ctx, expr.operand);
  if (type === knownTypes.VOID) return undefined;
  return atExtent(ctx, expr.ext, () => type.convert(value));
}
