import type { InvocationInfo } from '../errors/error-record.js';
import { nativeCommandError } from '../errors/native-errors.js';
import type { CommandAst } from '../syntax/ast.js';
import type { PSValue } from '../values/value.js';
import type { ExecContext } from './context.js';
import { writeNonTerminating } from './error-writer.js';

/** Where a native program's stream 2 goes: `2>$null`/`*>$null`, `2>&1`/`*>&1`, or nowhere set. */
export function nativeErrorTarget(ast: CommandAst): 'null' | 'output' | undefined {
  return ast.redirections.find((r) => r.stream === 'error' || r.stream === 'all')?.target;
}

/**
 * A native program's standard error when stream 2 is redirected. 3P (PowerShell/PowerShell#3996,
 * #4002, #14273; Osmantic/ODS#3003, a repro on 5.1.26100): Windows PowerShell 5.1 then reads it
 * and writes each line to the error stream as an ErrorRecord (see nativeCommandError), so the
 * lines reach $Error, make $? false and obey $ErrorActionPreference like any error: `2>&1` merges
 * them into the output, `2>$null` hides them, and 'Stop' turns the first one into a terminating
 * error, even under `2>$null` (5.1's well-known trap; PowerShell 7.1+ changed it, 5.1 is emulated).
 * -ErrorAction does not apply: a native program's arguments are not bound.
 */
export function writeNativeStderr(
  ctx: ExecContext,
  lines: readonly string[],
  options: {
    redirect: 'null' | 'output';
    invocation: InvocationInfo;
    emit: (value: PSValue) => void;
    line: number;
  },
): void {
  lines.forEach((text, i) => {
    writeNonTerminating(ctx, nativeCommandError(text, i === 0, options.invocation), {
      redirect: options.redirect,
      emit: options.emit,
      line: options.line,
    });
  });
}
