import { ErrorRecord } from '../errors/error-record.js';
import { PSException } from '../errors/exception.js';
import { thrownValue } from '../errors/runtime-errors.js';
import { enumerate } from '../operators/collections.js';
import type { Statement } from '../syntax/ast.js';
import { toInteger } from '../values/convert-number.js';
import { toPSString } from '../values/to-string.js';
import type { PSValue } from '../values/value.js';
import { type ExecContext, positionOf } from './context.js';
import type { Emit } from './execute.js';
import { atExtent, raise } from './raise.js';
import { BreakSignal, ContinueSignal, ExitSignal, ReturnSignal } from './signals.js';
import { statementValue } from './statement-value.js';

const INT = { fullName: 'System.Int32', min: -2147483648, max: 2147483647, label: 'an Int32' };

type Flow = Statement & { kind: 'function' | 'break' | 'continue' | 'return' | 'throw' | 'exit' };

/** Function definitions and flow control: break, continue, return, throw, exit. */
export function executeFlow(ctx: ExecContext, statement: Flow, out: Emit): void {
  switch (statement.kind) {
    case 'function':
      // DOC (about_Functions): a function exists once its definition has run, in the current scope.
      ctx.scope.functions.set(statement.name.toLowerCase(), {
        name: statement.name,
        block: statement.block,
        file: ctx.file,
        source: ctx.source,
      });
      return;
    case 'break':
      throw new BreakSignal(statement.label);
    case 'continue':
      throw new ContinueSignal(statement.label);
    case 'return':
      if (statement.value) for (const item of enumerate(statementValue(ctx, statement.value))) out(item);
      throw new ReturnSignal();
    case 'throw':
      raise(ctx, thrown(ctx, statement), true);
      break;
    case 'exit': {
      const value = statement.value ? statementValue(ctx, statement.value) : 0;
      const code = atExtent(ctx, statement.ext, () => toInteger(value, INT));
      // DOC (about_Automatic_Variables): exit N sets $LASTEXITCODE for the caller.
      ctx.rt.global.set('LASTEXITCODE', code);
      throw new ExitSignal(code);
    }
  }
}

/** The record `throw` raises: an ErrorRecord is rethrown as is; an exception keeps its record. */
function thrown(
  ctx: ExecContext,
  statement: { readonly value?: Statement; readonly ext: Statement['ext'] },
): ErrorRecord {
  const value: PSValue = statement.value ? statementValue(ctx, statement.value) : null;
  if (value instanceof ErrorRecord) return value;
  if (value instanceof PSException && value.errorRecord) return value.errorRecord;
  return thrownValue(value, toPSString(value), positionOf(ctx, statement.ext));
}
