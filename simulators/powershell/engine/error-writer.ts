import type { ErrorRecord } from '../errors/error-record.js';
import type { PSValue } from '../values/value.js';
import type { ExecContext } from './context.js';
import { type ActionPreference, preference } from './preferences.js';
import { TerminatingError } from './signals.js';
import { showError } from './statement-errors.js';

/** Where a command's writes go: redirections and -ErrorAction given to it. */
export interface ErrorRouting {
  readonly action?: ActionPreference;
  /** `2>$null`: not shown (still in $Error); `2>&1`: errors become output objects. */
  readonly redirect?: 'null' | 'output';
  readonly emit: (value: PSValue) => void;
  readonly errorVariable?: ErrorRecord[];
  readonly line: number;
}

/**
 * A non-terminating error (WriteError). DOC (about_CommonParameters, about_Preference_Variables):
 * Continue shows it and adds it to $Error; SilentlyContinue only adds it to $Error; Ignore does
 * neither; Stop makes it a script-terminating error (3P: PowerShell/PowerShell#6286). Every case
 * sets $? to false.
 */
export function writeNonTerminating(ctx: ExecContext, record: ErrorRecord, routing: ErrorRouting): void {
  ctx.rt.errorWrites++;
  ctx.rt.lastSuccess = false;
  routing.errorVariable?.push(record);
  const action = routing.action ?? preference(ctx, 'ErrorActionPreference', routing.line);
  if (action === 'Ignore') return;
  ctx.rt.recordError(record);
  if (action === 'Stop') throw new TerminatingError(record, true);
  if (action !== 'Continue') return;
  if (routing.redirect === 'output') routing.emit(record);
  else if (routing.redirect !== 'null') showError(ctx, record, routing.line);
}
