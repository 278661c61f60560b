import { itemsOf } from '../operators/collections.js';
import type { Statement } from '../syntax/ast.js';
import { toBool } from '../values/to-bool.js';
import type { ExecContext } from './context.js';
import { type Emit, executeStatement, executeStatements } from './execute.js';
import { BreakSignal, ContinueSignal } from './signals.js';
import { statementValue } from './statement-value.js';
import { writeVariable } from './variables.js';

type Loop = Statement & { kind: 'while' | 'do' | 'for' | 'foreach' };

/**
 * while, do/while, do/until, for, foreach. `break`/`continue` without a label act on the
 * innermost loop; with a label, on the loop of that label. DOC (about_Foreach): foreach over
 * $null does not run, over a scalar runs once, and does not enumerate a hashtable.
 */
export function executeLoop(ctx: ExecContext, loop: Loop, out: Emit): void {
  const body = () => runBody(ctx, loop, out);
  switch (loop.kind) {
    case 'while':
      while (toBool(statementValue(ctx, loop.cond))) if (body() === 'break') return;
      return;
    case 'do':
      do {
        if (body() === 'break') return;
      } while (toBool(statementValue(ctx, loop.cond)) !== loop.until);
      return;
    case 'for':
      if (loop.init) executeStatement(ctx, loop.init, out);
      while (!loop.cond || toBool(statementValue(ctx, loop.cond))) {
        if (body() === 'break') return;
        if (loop.iter) executeStatement(ctx, loop.iter, () => {});
      }
      return;
    case 'foreach': {
      const collection = statementValue(ctx, loop.collection);
      const items = collection === null ? [] : (itemsOf(collection) ?? [collection]);
      for (const item of [...items]) {
        writeVariable(ctx, loop.variable, item);
        if (body() === 'break') return;
      }
      return;
    }
  }
}

/** One pass of a loop body; says whether the loop should stop. */
function runBody(ctx: ExecContext, loop: Loop, out: Emit): 'break' | 'next' {
  try {
    executeStatements(ctx, loop.body, out);
    return 'next';
  } catch (signal) {
    if (signal instanceof BreakSignal && matches(signal.label, loop.label)) return 'break';
    if (signal instanceof ContinueSignal && matches(signal.label, loop.label)) return 'next';
    throw signal;
  }
}

/** A flow signal without a label hits the innermost loop; with one, only that loop. */
export const matches = (signal: string | undefined, label: string | undefined): boolean =>
  signal === undefined || signal.toLowerCase() === label?.toLowerCase();
