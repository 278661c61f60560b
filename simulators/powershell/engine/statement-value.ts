import { collected } from '../operators/collections.js';
import type { Statement } from '../syntax/ast.js';
import type { PSValue } from '../values/value.js';
import type { ExecContext } from './context.js';
import { evaluate } from './evaluate.js';
import { executeAssignment, executeStatements } from './execute.js';

/**
 * DOC (about_Assignment_Operators, about_Pipelines): the value of a statement used as a value (`$x = ...`, conditions, `(...)`, hashtable values):
 * a lone expression is its value as is (`$x = 1,2` keeps the array, `$x = @()` is empty); an
 * assignment is the value assigned; anything else is its collected output.
 */
export function statementValue(ctx: ExecContext, statement: Statement): PSValue {
  if (
    statement.kind === 'pipeline' &&
    statement.elements.length === 1 &&
    statement.elements[0]?.kind === 'expr'
  ) {
    return evaluate(ctx, statement.elements[0].expr);
  }
  if (statement.kind === 'assign') return executeAssignment(ctx, statement);
  return collectValue(collect(ctx, [statement]));
}

/** Everything statements write to the output stream. */
export function collect(ctx: ExecContext, statements: readonly Statement[]): PSValue[] {
  const out: PSValue[] = [];
  executeStatements(ctx, statements, (value) => out.push(value));
  return out;
}

/** Collected output as one value. */
export const collectValue = (values: PSValue[]): PSValue => collected(values);
