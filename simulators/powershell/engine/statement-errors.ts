import type { ErrorRecord } from '../errors/error-record.js';
import { renderErrorRecord } from '../errors/render-error.js';
import type { Statement } from '../syntax/ast.js';
import type { ExecContext } from './context.js';
import { preference } from './preferences.js';
import { TerminatingError } from './signals.js';

/**
 * A statement-terminating error nobody caught: the statement ends and the script goes on. 3P
 * (PowerShell/PowerShell#6286): $ErrorActionPreference applies to it, so 'Stop' makes it
 * script-terminating and 'SilentlyContinue' hides it (it stays in $Error).
 */
export function reportStatementError(ctx: ExecContext, error: TerminatingError, statement: Statement): void {
  ctx.rt.errorWrites++;
  ctx.rt.lastSuccess = false;
  const action = preference(ctx, 'ErrorActionPreference', statement.ext.line);
  if (action === 'Stop') throw new TerminatingError(error.record, true);
  if (action === 'Continue') showError(ctx, error.record, statement.ext.line);
}

/** Writes an error record to the error stream as 5.1 shows it. */
export function showError(ctx: ExecContext, record: ErrorRecord, fallbackLine: number): void {
  const line = record.invocation?.position?.extent.line ?? fallbackLine;
  ctx.rt.write('error', renderErrorRecord(record), line, { record });
}
