import type { ErrorRecord } from '../errors/error-record.js';
import { PSException } from '../errors/exception.js';
import { castError, methodException } from '../errors/runtime-errors.js';
import { MethodFault } from '../members/method-types.js';
import { LanguageFault } from '../operators/fault.js';
import type { Extent } from '../syntax/extent.js';
import { UnsupportedError } from '../syntax/script-errors.js';
import { ConversionError } from '../values/conversion-error.js';
import { type ExecContext, positionOf } from './context.js';
import { TerminatingError } from './signals.js';

/** Raises a terminating error: it goes to $Error now (caught errors stay there too, as in PowerShell). */
export function raise(ctx: ExecContext, record: ErrorRecord, scriptTerminating = false): never {
  ctx.rt.recordError(record);
  throw new TerminatingError(record, scriptTerminating);
}

/**
 * 3P (PowerShell/PowerShell#4292): runs an operation of the language at an extent: operator faults, failed conversions and .NET
 * exceptions inside methods become statement-terminating errors positioned there.
 */
export function atExtent<T>(
  ctx: ExecContext,
  extent: Extent,
  run: () => T,
  method?: { name: string; argCount: number },
): T {
  try {
    return run();
  } catch (error) {
    const position = positionOf(ctx, extent);
    if (error instanceof LanguageFault) raise(ctx, error.record(position));
    if (error instanceof ConversionError) raise(ctx, castError(error, position));
    if (error instanceof MethodFault && method) {
      const inner = new PSException(error.exceptionType, error.message);
      raise(ctx, methodException(method.name, method.argCount, inner, inner.shortName, position));
    }
    throw error;
  }
}

/** A construct found only at run time that the host does not emulate (a type, a method of a type). */
export function unsupported(ctx: ExecContext, extent: Extent, construct: string): never {
  throw new UnsupportedError(construct, ctx.file, extent.line, extent.column);
}
