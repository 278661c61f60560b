import { enumerate } from '../operators/collections.js';
import type { Expr, Statement } from '../syntax/ast.js';
import { toBool } from '../values/to-bool.js';
import type { PSValue } from '../values/value.js';
import { assign, compoundValue } from './assign.js';
import type { ExecContext } from './context.js';
import { evaluateRaw } from './evaluate.js';
import { executeFlow } from './execute-flow.js';
import { executeLoop } from './execute-loops.js';
import { executeSwitch } from './execute-switch.js';
import { executeTry } from './execute-try.js';
import { runPipeline } from './pipeline.js';
import { TerminatingError } from './signals.js';
import { reportStatementError } from './statement-errors.js';
import { statementValue } from './statement-value.js';

/** Where statements write their output. */
export type Emit = (value: PSValue) => void;

/**
 * Runs statements in order. A statement-terminating error outside any try block is reported and
 * the next statement runs (3P: PowerShell/PowerShell#4292); a script-terminating one propagates.
 */
export function executeStatements(ctx: ExecContext, statements: readonly Statement[], out: Emit): void {
  for (const statement of statements) {
    try {
      ctx.rt.currentLine = statement.ext.line;
      executeStatement(ctx, statement, out);
    } catch (error) {
      if (!(error instanceof TerminatingError) || error.scriptTerminating || ctx.rt.tryDepth > 0) throw error;
      reportStatementError(ctx, error, statement);
    }
  }
}

/** Runs one statement. */
export function executeStatement(ctx: ExecContext, statement: Statement, out: Emit): void {
  switch (statement.kind) {
    case 'pipeline':
      trackSuccess(ctx, () => {
        const only = statement.elements.length === 1 ? statement.elements[0] : undefined;
        if (only?.kind === 'expr') expressionStatement(ctx, only.expr, out);
        else if (statement.elements.length) runPipeline(ctx, statement.elements, out);
      });
      break;
    case 'assign':
      trackSuccess(ctx, () => executeAssignment(ctx, statement));
      break;
    case 'if': {
      const clause = statement.clauses.find((c) => toBool(statementValue(ctx, c.cond)));
      const body = clause ? clause.body : statement.otherwise;
      if (body) executeStatements(ctx, body, out);
      break;
    }
    case 'while':
    case 'do':
    case 'for':
    case 'foreach':
      executeLoop(ctx, statement, out);
      break;
    case 'switch':
      executeSwitch(ctx, statement, out);
      break;
    case 'try':
      executeTry(ctx, statement, out);
      break;
    default:
      executeFlow(ctx, statement, out);
  }
}

/** `target = value` (and `+=` etc.); returns the value assigned. */
export function executeAssignment(ctx: ExecContext, statement: Statement & { kind: 'assign' }): PSValue {
  const value = statementValue(ctx, statement.value);
  const result = statement.op === '=' ? value : compoundValue(ctx, statement, value);
  assign(ctx, statement.target, result);
  return result;
}

/**
 * An expression as a statement writes its value, enumerating collections one level. An increment,
 * a `[void]` cast or a void method call writes nothing; `(...)` and `$(...)` pass their output on.
 */
function expressionStatement(ctx: ExecContext, expr: Expr, out: Emit): void {
  if (expr.kind === 'increment') {
    evaluateRaw(ctx, expr);
    return;
  }
  if (expr.kind === 'subExpr') {
    executeStatements(ctx, expr.body, out);
    return;
  }
  if (expr.kind === 'paren' && expr.body.kind !== 'assign' && !isLoneExpression(expr.body)) {
    executeStatement(ctx, expr.body, out);
    return;
  }
  const value = evaluateRaw(ctx, expr);
  if (value === undefined) return;
  for (const item of enumerate(value)) out(item);
}

const isLoneExpression = (statement: Statement) =>
  statement.kind === 'pipeline' && statement.elements.length === 1 && statement.elements[0]?.kind === 'expr';

/** $?: a statement fails when it writes or reports an error. */
function trackSuccess(ctx: ExecContext, run: () => unknown): void {
  const before = ctx.rt.errorWrites;
  try {
    run();
  } finally {
    ctx.rt.lastSuccess = ctx.rt.errorWrites === before;
  }
}
