import { itemsOf } from '../operators/collections.js';
import { compareScalar } from '../operators/comparison-ops.js';
import type { SwitchStatement } from '../syntax/ast.js';
import { ScriptBlockValue } from '../values/script-block.js';
import { toBool } from '../values/to-bool.js';
import { toPSString } from '../values/to-string.js';
import type { PSValue } from '../values/value.js';
import type { ExecContext } from './context.js';
import { evaluate } from './evaluate.js';
import { type Emit, executeStatements } from './execute.js';
import { matches } from './execute-loops.js';
import { invokeScriptBlockInScope } from './invoke-block.js';
import { matchesTable } from './matches.js';
import { atExtent } from './raise.js';
import { BreakSignal, ContinueSignal } from './signals.js';
import { statementValue } from './statement-value.js';

/**
 * switch (DOC: about_Switch): each item of the subject is tested against every clause in order,
 * with `$_` set to it; every matching clause runs (`break` leaves the switch, `continue` moves
 * to the next item); `default` runs when nothing else matched. Values compare with -eq's rules,
 * or as wildcards (-Wildcard) or regular expressions (-Regex, setting $Matches); a script block
 * clause is a condition.
 */
export function executeSwitch(ctx: ExecContext, statement: SwitchStatement, out: Emit): void {
  const subject = statementValue(ctx, statement.subject);
  const items = itemsOf(subject) ?? [subject];
  const previous = ctx.scope.variables.get('_');
  try {
    for (const item of [...items]) {
      ctx.scope.set('_', item);
      let matched = false;
      for (const clause of statement.clauses) {
        if (clause.cond === 'default') continue;
        if (!test(ctx, statement, clause.cond, item)) continue;
        matched = true;
        const flow = runClause(ctx, statement, clause.body, out);
        if (flow === 'break') return;
        if (flow === 'continue') break;
      }
      if (matched) continue;
      for (const clause of statement.clauses.filter((c) => c.cond === 'default')) {
        const flow = runClause(ctx, statement, clause.body, out);
        if (flow === 'break') return;
        if (flow === 'continue') break;
      }
    }
  } finally {
    if (previous) ctx.scope.variables.set('_', previous);
    else ctx.scope.variables.delete('_');
  }
}

function test(
  ctx: ExecContext,
  statement: SwitchStatement,
  cond: Exclude<SwitchStatement['clauses'][number]['cond'], 'default'>,
  item: PSValue,
): boolean {
  const value = evaluate(ctx, cond);
  if (value instanceof ScriptBlockValue) return toBool(invokeScriptBlockInScope(ctx, value, item));
  const base = statement.mode === 'regex' ? 'match' : statement.mode === 'wildcard' ? 'like' : 'eq';
  return atExtent(ctx, cond.ext, () =>
    compareScalar(base, item, value, statement.caseSensitive, (match) =>
      ctx.scope.set('Matches', matchesTable(match, toPSString(value))),
    ),
  );
}

function runClause(
  ctx: ExecContext,
  statement: SwitchStatement,
  body: SwitchStatement['clauses'][number]['body'],
  out: Emit,
) {
  try {
    executeStatements(ctx, body, out);
    return 'next' as const;
  } catch (signal) {
    if (signal instanceof BreakSignal && matches(signal.label, statement.label)) return 'break' as const;
    if (signal instanceof ContinueSignal && matches(signal.label, statement.label))
      return 'continue' as const;
    throw signal;
  }
}
