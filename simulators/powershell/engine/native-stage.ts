import type { BindArg } from '../commands/param-spec.js';
import type { CommandDefinition } from '../commands/types.js';
import type { InvocationInfo } from '../errors/error-record.js';
import { itemsOf } from '../operators/collections.js';
import type { CommandAst } from '../syntax/ast.js';
import { toPSString } from '../values/to-string.js';
import type { PSValue } from '../values/value.js';
import { evaluateArguments } from './command-args.js';
import { type ExecContext, positionOf } from './context.js';
import { nativeErrorTarget, writeNativeStderr } from './native-stderr.js';
import { NO_INPUT, type Stage } from './stage.js';

/**
 * A native program (reg.exe) as a pipeline stage. DOC (about_Parsing): its arguments pass as text,
 * unbound, and an array argument passes each item as its own argument; common parameters are just
 * more arguments. Pipeline objects are its standard input, one line each. Its standard output
 * comes back as one string per line. DOC (about_Automatic_Variables): the exit code goes to
 * $LASTEXITCODE and $? is false when it is not 0. INFER (5.1 ConsoleHost, PowerShell/PowerShell
 * #3996): without a redirection of stream 2, standard error is not captured and reaches the
 * console as plain text (the host stream here); redirected, its lines become error records (see
 * writeNativeStderr). INFER (NativeCommandProcessor.Complete sets $LASTEXITCODE after reading all
 * output): a 'Stop' raised by a stderr line leaves $LASTEXITCODE as it was. ASSUME: the host gets
 * a program's two streams whole, so its output lines come first, then its error lines (5.1 reads
 * both pipes at once and interleaves them as they arrive; the emulated programs write to one).
 */
export function createNativeStage(
  ctx: ExecContext,
  ast: CommandAst,
  run: NonNullable<CommandDefinition['native']>,
  options: { emit: (value: PSValue) => void; invocationName: string; programName: string },
): Stage {
  const outputTarget = ast.redirections.find((r) => r.stream === 'output' || r.stream === 'all')?.target;
  const errorTarget = nativeErrorTarget(ast);
  // 3P (5.1 output "& $exe 2>&1" shows "claw.exe : ..."): after `&` the record names the program.
  const invocation: InvocationInfo = {
    command: { name: options.programName, type: 'Application' },
    invocationName: ast.invocation ?? options.invocationName,
    position: positionOf(ctx, ast.ext),
  };
  const args = evaluateArguments(ctx, ast.elements).flatMap(nativeArgument);
  let stdin: string[] | undefined;
  return {
    begin() {},
    process(input) {
      if (input === NO_INPUT) return;
      stdin ??= [];
      stdin.push(...toPSString(input).split(/\r?\n/));
    },
    end() {
      const result = run(args, { stdin, invocationName: options.invocationName });
      if (outputTarget !== 'null') for (const line of linesOf(result.stdout)) options.emit(line);
      const errors = linesOf(result.stderr);
      if (errorTarget === undefined) for (const line of errors) ctx.rt.write('host', line, ast.ext.line);
      else
        writeNativeStderr(ctx, errors, {
          redirect: errorTarget,
          invocation,
          emit: options.emit,
          line: ast.ext.line,
        });
      ctx.rt.global.set('LASTEXITCODE', result.exitCode);
      if (result.exitCode !== 0) ctx.rt.errorWrites++; // makes $? false for this statement
    },
  };
}

/**
 * One argument as the program receives it: `-Name:value` stays one argument. 3P
 * (PowerShell/PowerShell#4661, #1995): 5.1 builds a command line in which an empty string leaves no
 * trace, so the program never sees it.
 */
function nativeArgument(arg: BindArg): string[] {
  if (arg.kind === 'named')
    return [arg.value === undefined ? arg.text : `${arg.text}${toPSString(arg.value)}`];
  return (itemsOf(arg.value) ?? [arg.value]).map((item) => toPSString(item)).filter((text) => text !== '');
}

/** Output text as PowerShell reads it from a pipe: line by line, the last line break ending the last line. */
function linesOf(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
