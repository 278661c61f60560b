import type { BindArg } from '../commands/param-spec.js';
import type { ErrorRecord, InvocationInfo } from '../errors/error-record.js';
import { formatForHost } from '../format/format-host.js';
import type { ScriptAst } from '../syntax/ast.js';
import type { PSValue } from '../values/value.js';
import type { ExecContext } from './context.js';
import { createFunctionStage } from './function-stage.js';
import type { Runtime } from './runtime.js';
import { BreakSignal, ContinueSignal, ExitSignal, RestartSignal, TerminatingError } from './signals.js';
import { NO_INPUT } from './stage.js';
import { showError } from './statement-errors.js';

/** How a run ended. */
export interface RunOutcome {
  readonly exitCode: number;
  readonly terminatingError?: ErrorRecord;
  readonly restartLine?: number;
}

/**
 * Runs a parsed script as `powershell.exe -File` would: the script is a command whose
 * parameters bind the arguments; `exit N` ends it with N; a script-terminating error nobody
 * caught is shown and ends it with exit code 1 (DOC: about_PowerShell_exe); a restart request
 * ends it where it was made.
 */
export function runScript(rt: Runtime, script: ScriptAst, args: readonly BindArg[]): RunOutcome {
  const name = script.file ? (script.file.split(/[\\/]/).pop() ?? script.file) : '';
  // INFER: a script started with -File has no invocation position (no command line text), so its
  // errors name the path without "At line"; without a file the script is a command line.
  const invocation: InvocationInfo = script.file
    ? { command: { name, type: 'ExternalScript', path: script.file }, invocationName: script.file }
    : { command: { name: '', type: 'Script', scriptText: script.source }, invocationName: '' };
  const ctx: ExecContext = {
    rt,
    scope: rt.scriptScope,
    invocation,
    file: script.file,
    source: script.source,
  };
  const ext = script.block.ext;
  const emit = (value: PSValue) => {
    rt.output.push(value);
    rt.write('output', formatForHost([value]), rt.currentLine, { value });
  };
  const command = { kind: 'command' as const, name, nameExt: ext, elements: [], redirections: [], ext };
  try {
    const stage = createFunctionStage(
      ctx,
      command,
      { name, block: script.block, file: script.file, source: script.source },
      {
        hasInput: false,
        emit,
        dotSource: true,
        script: { invocation, args },
      },
    );
    stage.begin();
    stage.process(NO_INPUT);
    stage.end();
    return { exitCode: 0 };
  } catch (signal) {
    if (signal instanceof ExitSignal) return { exitCode: signal.code };
    if (signal instanceof RestartSignal) return { exitCode: 0, restartLine: signal.line };
    if (signal instanceof BreakSignal || signal instanceof ContinueSignal) return { exitCode: 0 };
    if (signal instanceof TerminatingError) {
      showError(ctx, signal.record, rt.currentLine);
      return { exitCode: 1, terminatingError: signal.record };
    }
    throw signal;
  }
}
