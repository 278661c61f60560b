import type { Clock } from '../../shared/clock.js';
import type { ErrorRecord } from '../errors/error-record.js';
import type { ScriptBlockValue } from '../values/script-block.js';
import type { PSValue } from '../values/value.js';

/** How a parameter's argument converts (the .NET type a real cmdlet declares). */
export type ParameterType =
  | 'object'
  | 'object[]'
  | 'string'
  | 'string[]'
  | 'int'
  | 'int[]'
  | 'long'
  | 'uint32'
  | 'double'
  | 'bool'
  | 'switch'
  | 'hashtable'
  | 'scriptblock'
  | 'scriptblock[]'
  | { readonly enum: string; readonly values: readonly string[]; readonly numbers?: readonly number[] };

/** One parameter of a command, as its [Parameter()] attribute declares it. */
export interface ParameterDefinition {
  readonly name: string;
  readonly type?: ParameterType;
  readonly position?: number;
  readonly mandatory?: boolean;
  readonly aliases?: readonly string[];
  readonly valueFromPipeline?: boolean;
  readonly valueFromPipelineByPropertyName?: boolean;
  /** ValueFromRemainingArguments: also takes every positional argument no other parameter takes. */
  readonly valueFromRemainingArguments?: boolean;
}

/** A named parameter set; parameters listed in `parameters` of the command belong to every set. */
export interface ParameterSetDefinition {
  readonly name: string;
  readonly parameters: readonly ParameterDefinition[];
}

/** Something a command can raise: the project's RegistryError, ServiceError, or any of this shape. */
export interface CommandErrorLike {
  readonly message: string;
  readonly exceptionType: string;
  readonly errorId: string;
  readonly category: string;
  readonly targetObject?: unknown;
}

/** What a command implementation sees while it runs. */
export interface CommandContext {
  /** Bound parameters by their declared names; a switch that was not given is absent. */
  readonly params: Readonly<Record<string, PSValue>>;
  /** The current pipeline object, or undefined when the command has no pipeline input. */
  readonly input: PSValue | undefined;
  readonly parameterSet: string;
  /** The name the command was invoked by (an alias stays an alias). */
  readonly invocationName: string;
  readonly clock: Clock | undefined;
  /** Sends an object down the pipeline; `enumerate` sends a collection's items one by one. */
  writeOutput(value: PSValue, options?: { enumerate?: boolean }): void;
  writeHost(text: string, options?: { noNewline?: boolean }): void;
  writeWarning(text: string): void;
  writeVerbose(text: string): void;
  writeInformation(text: string): void;
  /** A non-terminating error: shown, added to $Error, or escalated, as -ErrorAction says. */
  writeError(error: CommandErrorLike | ErrorRecord): void;
  /** A terminating error (Cmdlet.ThrowTerminatingError); throwing a CommandErrorLike does the same. */
  throwTerminatingError(error: CommandErrorLike | ErrorRecord): never;
  /** ShouldProcess: honours -WhatIf and -Confirm (asking the host's confirm policy). */
  shouldProcess(target: string, action?: string): boolean;
  /** Ends the script here and reports that the machine should restart. */
  requestRestart(): never;
  /** Lets virtual time pass through the host's clock hook. */
  sleep(milliseconds: number): void;
  /** Runs a script block in the caller's scope with `$_` set, passing its output to `emit`. */
  invokeScript(
    block: ScriptBlockValue,
    options?: { input?: PSValue; args?: PSValue[]; emit?: (value: PSValue) => void },
  ): PSValue[];
  /** A variable of the caller's scope. */
  getVariable(name: string): PSValue | undefined;
  /** Refuses something the command does not emulate: an UnsupportedError at the command's line. */
  unsupported(construct: string): never;
}

/** A command's behaviour, in the shape of a cmdlet's BeginProcessing/ProcessRecord/EndProcessing. */
export interface CommandImplementation {
  begin?(ctx: CommandContext): void;
  /** Once per pipeline object, or once with no input when the command starts a pipeline. */
  process?(ctx: CommandContext): void;
  end?(ctx: CommandContext): void;
}

/** What a native program printed and the code it exited with. */
export interface NativeRunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** What a native program is started with besides its arguments. */
export interface NativeRunInput {
  /** The pipeline objects sent to it, as the lines of its standard input; undefined without input. */
  readonly stdin: readonly string[] | undefined;
  /** The name it was invoked by (`reg` or `reg.exe`). */
  readonly invocationName: string;
}

/** A command the script host can run: its names, parameters and implementation. */
export interface CommandDefinition {
  readonly name: string;
  readonly aliases?: readonly string[];
  /** The .NET class, for FullyQualifiedErrorId (Microsoft.PowerShell.Commands.GetItemCommand). */
  readonly commandClass: string;
  readonly parameters?: readonly ParameterDefinition[];
  readonly parameterSets?: readonly ParameterSetDefinition[];
  readonly defaultParameterSet?: string;
  readonly supportsShouldProcess?: boolean;
  readonly confirmImpact?: 'None' | 'Low' | 'Medium' | 'High';
  /** Fresh state per invocation: called once each time the command runs in a pipeline. */
  readonly create: () => CommandImplementation;
  /**
   * A native program (reg.exe) rather than a cmdlet: it gets its arguments as text, unbound, and
   * `create` is not used. See engine/native-stage.ts for what the host does with its result.
   */
  readonly native?: (args: readonly string[], input: NativeRunInput) => NativeRunResult;
}
