import type { BindArg } from '../commands/param-spec.js';
import type { CommandDefinition } from '../commands/types.js';
import { itemsOf } from '../operators/collections.js';
import type { CommandAst } from '../syntax/ast.js';
import { toPSString } from '../values/to-string.js';
import type { PSValue } from '../values/value.js';
import { evaluateArguments } from './command-args.js';
import type { ExecContext } from './context.js';
import { unsupported } from './raise.js';
import { NO_INPUT, type Stage } from './stage.js';

/**
 * A native program (reg.exe) as a pipeline stage. DOC (about_Parsing): its arguments pass as text,
 * unbound, and an array argument passes each item as its own argument; common parameters are just
 * more arguments. Pipeline objects are its standard input, one line each. Its standard output
 * comes back as one string per line. DOC (about_Automatic_Variables): the exit code goes to
 * $LASTEXITCODE and $? is false when it is not 0 (no error record: -ErrorAction does not apply).
 * INFER (5.1 ConsoleHost): standard error is not captured, so it reaches the console as plain text
 * (the host stream here), not as an error record; `2>$null` drops it. Redirecting it into the
 * output (`2>&1`, which makes NativeCommandError records) is not emulated and is refused.
 */
export function createNativeStage(
  ctx: ExecContext,
  ast: CommandAst,
  run: NonNullable<CommandDefinition['native']>,
  options: { emit: (value: PSValue) => void; invocationName: string },
): Stage {
  const target = (stream: 'output' | 'error') =>
    ast.redirections.find((r) => r.stream === stream || r.stream === 'all')?.target;
  if (target('error') === 'output')
    unsupported(ctx, ast.ext, `2>&1 on the native command ${options.invocationName}`);
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
      if (target('output') !== 'null') for (const line of linesOf(result.stdout)) options.emit(line);
      if (target('error') !== 'null')
        for (const line of linesOf(result.stderr)) ctx.rt.write('host', line, ast.ext.line);
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
