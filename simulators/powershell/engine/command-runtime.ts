import type { Bound } from '../commands/param-spec.js';
import type { CommandContext, CommandDefinition, CommandErrorLike } from '../commands/types.js';
import { commandErrorRecord } from '../errors/adapter.js';
import type { ErrorRecord, InvocationInfo } from '../errors/error-record.js';
import { enumerate } from '../operators/collections.js';
import type { CommandAst } from '../syntax/ast.js';
import { UnsupportedError } from '../syntax/script-errors.js';
import type { ScriptBlockValue } from '../values/script-block.js';
import type { PSValue } from '../values/value.js';
import type { CommonOptions } from './common-options.js';
import { storeCommonVariables } from './common-variables.js';
import type { ExecContext } from './context.js';
import { writeNonTerminating } from './error-writer.js';
import { invokeScriptBlockInScope } from './invoke-block.js';
import { preference } from './preferences.js';
import { raise } from './raise.js';
import { shouldProcess } from './should-process.js';
import { RestartSignal } from './signals.js';

/**
 * The CommandContext a cmdlet implementation runs with, for one invocation in one pipeline.
 * DOC (about_Preference_Variables, about_CommonParameters, about_Redirection): warnings show
 * unless $WarningPreference/-WarningAction silence them, verbose text only with -Verbose or
 * $VerbosePreference = 'Continue', information only with $InformationPreference = 'Continue';
 * `N> $null` drops a stream (Write-Host writes to stream 6 since PowerShell 5).
 */
export class CommandRuntime implements CommandContext {
  params: Record<string, PSValue> = {};
  input: PSValue | undefined;
  readonly errors: ErrorRecord[] = [];
  readonly outputs: PSValue[] = [];
  readonly #line: number;

  constructor(
    readonly ctx: ExecContext,
    readonly definition: CommandDefinition,
    readonly invocation: InvocationInfo,
    public parameterSet: string,
    readonly options: CommonOptions,
    readonly command: CommandAst,
    readonly emit: (value: PSValue) => void,
  ) {
    this.#line = command.ext.line;
  }

  get invocationName(): string {
    return this.invocation.invocationName;
  }

  get clock() {
    const now = this.ctx.rt.host.now;
    return now() === undefined ? undefined : { now: () => now() ?? 0 };
  }

  /** Sets the parameters (and the set they settled on) and pipeline object for the next process call. */
  setItem(input: PSValue | undefined, bound: ReadonlyMap<string, Bound>, set = this.parameterSet): void {
    this.input = input;
    this.parameterSet = set;
    this.params = Object.fromEntries([...bound].map(([name, entry]) => [name, entry.value]));
  }

  private redirected(stream: string): 'null' | 'output' | undefined {
    const hit = this.command.redirections.find((r) => r.stream === stream || r.stream === 'all');
    return hit?.target;
  }

  writeOutput(value: PSValue, options: { enumerate?: boolean } = {}): void {
    if (this.redirected('output') === 'null') return;
    for (const item of options.enumerate ? enumerate(value) : [value]) {
      if (this.options.outVariable) this.outputs.push(item);
      this.emit(item);
    }
  }

  writeHost(text: string, options: { noNewline?: boolean } = {}): void {
    if (this.redirected('information') === 'null') return;
    this.ctx.rt.write('host', text, this.#line, options.noNewline ? { noNewline: true } : {});
  }

  writeWarning(text: string): void {
    const action = this.options.warningAction ?? preference(this.ctx, 'WarningPreference', this.#line);
    if (action !== 'Continue' || this.redirected('warning') === 'null') return;
    this.ctx.rt.write('warning', `WARNING: ${text}`, this.#line);
  }

  writeVerbose(text: string): void {
    const on = this.options.verbose ?? preference(this.ctx, 'VerbosePreference', this.#line) === 'Continue';
    if (on && this.redirected('verbose') !== 'null')
      this.ctx.rt.write('verbose', `VERBOSE: ${text}`, this.#line);
  }

  writeInformation(text: string): void {
    const on = preference(this.ctx, 'InformationPreference', this.#line) === 'Continue';
    if (on && this.redirected('information') !== 'null') this.ctx.rt.write('information', text, this.#line);
  }

  writeError(error: CommandErrorLike | ErrorRecord): void {
    const record = commandErrorRecord(error, this.invocation);
    const redirect = this.redirected('error');
    writeNonTerminating(this.ctx, record, {
      ...(this.options.errorAction ? { action: this.options.errorAction } : {}),
      ...(redirect ? { redirect } : {}),
      emit: this.emit,
      errorVariable: this.errors,
      line: this.#line,
    });
  }

  throwTerminatingError(error: CommandErrorLike | ErrorRecord): never {
    const record = commandErrorRecord(error, this.invocation);
    this.errors.push(record);
    return raise(this.ctx, record);
  }

  shouldProcess(target: string, action = this.definition.name): boolean {
    const confirmImpact = this.definition.confirmImpact ?? 'Medium';
    return shouldProcess(this.ctx, {
      options: this.options,
      confirmImpact,
      target,
      action,
      line: this.#line,
    });
  }

  requestRestart(): never {
    throw new RestartSignal(this.#line);
  }

  sleep(milliseconds: number): void {
    this.ctx.rt.host.sleep(milliseconds);
  }

  invokeScript(
    block: ScriptBlockValue,
    options: { input?: PSValue; args?: PSValue[]; emit?: (value: PSValue) => void } = {},
  ): PSValue[] {
    return invokeScriptBlockInScope(this.ctx, block, options.input ?? null, options.emit, options.args ?? []);
  }

  getVariable(name: string): PSValue | undefined {
    return this.ctx.scope.lookup(name)?.value;
  }

  unsupported(construct: string): never {
    throw new UnsupportedError(construct, this.ctx.file, this.command.ext.line, this.command.ext.column);
  }

  /** After end: -ErrorVariable and -OutVariable land in the caller's scope. */
  finish(): void {
    storeCommonVariables(this.ctx, this.options, this.errors, this.outputs);
  }
}
