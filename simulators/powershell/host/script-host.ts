import type { Clock } from '../../shared/clock.js';
import { invariant } from '../../shared/invariant.js';
import { CommandTable } from '../commands/command-table.js';
import { coreCommands, PENDING_ALIASES } from '../commands/core/index.js';
import type { BindArg } from '../commands/param-spec.js';
import type { CommandDefinition } from '../commands/types.js';
import { initializeGlobals } from '../engine/initial-variables.js';
import { runScript } from '../engine/run-script.js';
import { type ConfirmPrompt, Runtime } from '../engine/runtime.js';
import type { ErrorRecord } from '../errors/error-record.js';
import type { Extent } from '../syntax/extent.js';
import { grammarLoaded } from '../syntax/grammar.js';
import { parseScript } from '../syntax/parse.js';
import type { PSValue } from '../values/value.js';
import type { RunResult } from './run-result.js';

/** What a script host is made of. */
export interface ScriptHostOptions {
  /** Commands beyond the core ones (the machine's cmdlets). */
  readonly commands?: Iterable<CommandDefinition>;
  /** Virtual time; Start-Sleep lets it pass through `sleep`, or `advance` (a ManualClock). */
  readonly clock?: Clock & { advance?(milliseconds: number): void };
  readonly sleep?: (milliseconds: number) => void;
  /** The answer to ShouldProcess prompts (-Confirm); no by default. */
  readonly confirm?: (prompt: ConfirmPrompt) => boolean;
  /** Global variables to add or override. */
  readonly variables?: Readonly<Record<string, PSValue>>;
  /** Environment variables ($env:NAME). */
  readonly environment?: Readonly<Record<string, string>>;
}

/** How to run one script. */
export interface RunOptions {
  /** The script's path, as errors name it (`At C:\scripts\x.ps1:3 char:1`). */
  readonly file?: string;
  /** Arguments: positional values, or parameter names to values. */
  readonly args?: readonly PSValue[] | Readonly<Record<string, PSValue>>;
}

/** A script host: runs scripts, each in a fresh session. */
export interface ScriptHost {
  run(source: string, options?: RunOptions): RunResult;
}

/**
 * Creates a script host for one machine. ASSUME: each run is a fresh session, as
 * `powershell.exe -File` starts one (DOC: about_PowerShell_exe). The grammar must be loaded first
 * (`await loadPowerShellGrammar()`); after that every run is synchronous and parses its script
 * afresh: nothing is cached per machine. A script that does not parse, or uses a construct the
 * host does not emulate, throws ParseError or UnsupportedError (bad input, not a script error).
 */
export function createScriptHost(options: ScriptHostOptions = {}): ScriptHost {
  invariant(grammarLoaded(), 'load the PowerShell grammar first: await loadPowerShellGrammar()');
  const commands = new CommandTable(coreCommands()).with(options.commands ?? []);
  for (const [alias, target] of Object.entries(PENDING_ALIASES))
    if (!commands.isAlias(alias)) commands.alias(alias, target);
  const clock = options.clock;
  const sleep = options.sleep ?? ((ms: number) => clock?.advance?.(ms));
  return {
    run(source, runOptions = {}) {
      const script = parseScript(source, runOptions.file);
      const environment = new Map(
        Object.entries(options.environment ?? {}).map(([name, value]) => [
          name.toLowerCase(),
          { name, value },
        ]),
      );
      const rt = new Runtime(
        { commands, now: () => clock?.now(), sleep, confirm: options.confirm ?? (() => false), environment },
        script,
      );
      initializeGlobals(rt, options.variables ?? {});
      if (runOptions.file) {
        rt.scriptScope.set('PSCommandPath', runOptions.file);
        rt.scriptScope.set('PSScriptRoot', runOptions.file.replace(/[\\/][^\\/]*$/, ''));
      }
      const outcome = runScript(rt, script, scriptArgs(runOptions.args, script.block.ext));
      return {
        output: rt.output,
        streams: rt.streams,
        exitCode: outcome.exitCode,
        ...(outcome.terminatingError ? { terminatingError: outcome.terminatingError } : {}),
        restartRequested: outcome.restartLine !== undefined,
        ...(outcome.restartLine !== undefined ? { restartLine: outcome.restartLine } : {}),
        errors: rt.errors.items as ErrorRecord[],
      };
    },
  };
}

function scriptArgs(args: RunOptions['args'], ext: Extent): BindArg[] {
  if (!args) return [];
  if (Array.isArray(args)) return args.map((value) => ({ kind: 'positional', value, ext }));
  return Object.entries(args).map(([name, value]) => ({
    kind: 'named',
    name,
    text: `-${name}:`,
    value,
    ext,
  }));
}
