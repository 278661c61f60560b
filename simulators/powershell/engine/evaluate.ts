import { arithmetic } from '../operators/arithmetic.js';
import type { Expr } from '../syntax/ast.js';
import { PSHashtable } from '../values/hashtable.js';
import { ScriptBlockValue } from '../values/script-block.js';
import { toPSString } from '../values/to-string.js';
import type { PSValue } from '../values/value.js';
import { assign } from './assign.js';
import type { ExecContext } from './context.js';
import { evaluateIndex, evaluateInvoke, evaluateMember } from './evaluate-members.js';
import { binary } from './evaluate-operators.js';
import { castTo, typeValue } from './evaluate-types.js';
import { unary } from './evaluate-unary.js';
import { atExtent, unsupported } from './raise.js';
import { collect, collectValue, statementValue } from './statement-value.js';
import { readVariable } from './variables.js';

/**
 * The value of an expression; a void method call or `[void]` cast is $null here. DOC
 * (about_Preference_Variables): `"$array"` joins the items with $OFS, a space by default.
 */
export function evaluate(ctx: ExecContext, expr: Expr): PSValue {
  return evaluateRaw(ctx, expr) ?? null;
}

/** The value of an expression, or undefined when it produced nothing at all (void). */
export function evaluateRaw(ctx: ExecContext, expr: Expr): PSValue | undefined {
  switch (expr.kind) {
    case 'constant':
      return expr.value;
    case 'expandable': {
      const ofs = ctx.scope.lookup('OFS')?.value;
      const separator = ofs === undefined || ofs === null ? ' ' : toPSString(ofs);
      return expr.parts
        .map((part) => (typeof part === 'string' ? part : toPSString(evaluate(ctx, part), separator)))
        .join('');
    }
    case 'variable':
      return readVariable(ctx, expr);
    case 'splat':
      return unsupported(ctx, expr.ext, `splatting (@${expr.name}) outside a command's arguments`);
    case 'array':
      return expr.items.map((item) => evaluate(ctx, item));
    case 'arrayExpr':
      return collect(ctx, expr.body);
    case 'subExpr':
      return collectValue(collect(ctx, expr.body));
    case 'paren':
      return statementValue(ctx, expr.body);
    case 'hashtable': {
      const table = new PSHashtable(expr.ordered);
      for (const entry of expr.entries) table.set(evaluate(ctx, entry.key), statementValue(ctx, entry.value));
      return table;
    }
    case 'scriptBlock':
      return new ScriptBlockValue(expr.block, ctx.file, ctx.source);
    case 'binary':
      return binary(ctx, expr);
    case 'unary':
      return unary(ctx, expr);
    case 'cast':
      return castTo(ctx, expr);
    case 'typeLiteral':
      return typeValue(ctx, expr.type);
    case 'member':
      return evaluateMember(ctx, expr);
    case 'invoke':
      return evaluateInvoke(ctx, expr);
    case 'index':
      return evaluateIndex(ctx, expr);
    case 'increment': {
      const before = evaluate(ctx, expr.operand);
      const after = atExtent(ctx, expr.ext, () => arithmetic(expr.op === '++' ? '+' : '-', before ?? 0, 1));
      assign(ctx, expr.operand, after);
      return expr.prefix ? after : before;
    }
  }
}
