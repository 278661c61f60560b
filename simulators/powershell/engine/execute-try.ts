import type { PSException } from '../errors/exception.js';
import { isExceptionOf } from '../errors/exception-types.js';
import type { TryStatement } from '../syntax/ast.js';
import type { ExecContext } from './context.js';
import { type Emit, executeStatements } from './execute.js';
import { BreakSignal, ContinueSignal, ExitSignal, ReturnSignal, TerminatingError } from './signals.js';

/**
 * try/catch/finally (DOC: about_Try_Catch_Finally): any terminating error in the try block (or in
 * what it calls) goes to the first catch whose types match the exception (or that has no types),
 * with `$_` the ErrorRecord; finally runs last, whatever happened.
 */
export function executeTry(ctx: ExecContext, statement: TryStatement, out: Emit): void {
  let flowing = true;
  try {
    ctx.rt.tryDepth++;
    try {
      executeStatements(ctx, statement.body, out);
    } finally {
      ctx.rt.tryDepth--;
    }
  } catch (error) {
    flowing = isScriptFlow(error);
    if (!(error instanceof TerminatingError)) throw error;
    const clause = statement.catches.find(
      (c) =>
        c.types.length === 0 ||
        c.types.some((type) =>
          exceptionChain(error.record.exception).some((e) => isExceptionOf(e.typeName, type.name)),
        ),
    );
    if (!clause) throw error;
    const previous = ctx.scope.variables.get('_');
    ctx.scope.set('_', error.record);
    try {
      executeStatements(ctx, clause.body, out);
    } finally {
      if (previous) ctx.scope.variables.set('_', previous);
      else ctx.scope.variables.delete('_');
    }
  } finally {
    // A harness error (unsupported construct, broken invariant) stops everything: no finally.
    if (statement.finally && flowing) executeStatements(ctx, statement.finally, out);
  }
}

const isScriptFlow = (error: unknown): boolean =>
  error instanceof TerminatingError ||
  error instanceof BreakSignal ||
  error instanceof ContinueSignal ||
  error instanceof ReturnSignal ||
  error instanceof ExitSignal;

function exceptionChain(exception: PSException): PSException[] {
  const chain: PSException[] = [];
  for (let e: PSException | undefined = exception; e; e = e.inner) chain.push(e);
  return chain;
}
