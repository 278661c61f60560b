import type { ConnectedMachineAgent } from '../../arc/agent/index.js';
import {
  type ConfirmPrompt,
  createScriptHost,
  type PSValue,
  type RunResult,
} from '../../powershell/index.js';
import type { Clock } from '../../shared/clock.js';
import type { Machine } from '../machine.js';
import { machineCommands } from './machine-commands.js';
import { machineEnvironment } from './machine-environment.js';

/** How to run one script on a machine. */
export interface MachineRunOptions {
  /** The machine's own clock: Start-Sleep advances it, file times and CIM dates read it. */
  readonly clock: Clock & { advance(milliseconds: number): void };
  /** The answer to every prompt (-Confirm, ShouldContinue, reg.exe's Yes/No); no when left out. */
  readonly confirm?: (prompt: ConfirmPrompt) => boolean;
  /** The script's path, as its errors name it (`At C:\scripts\x.ps1:3 char:1`). */
  readonly file?: string;
  /** The script's arguments: positional values, or parameter names to values. */
  readonly args?: readonly PSValue[] | Readonly<Record<string, PSValue>>;
  /** The machine's Connected Machine agent, which provides `azcmagent` while installed. */
  readonly agent?: ConnectedMachineAgent;
}

/**
 * Runs a PowerShell script on a machine, as `powershell.exe -File` in a LocalSystem session would
 * (ASSUME: the session Arc run commands and the harness's script events use): the core commands
 * plus the machine's (see machineCommands), $env: of that session. A restart the script asks for
 * ends it (`restartRequested`); performing it is the caller's part (`machine.restart`). Load the
 * grammar first (`await loadPowerShellGrammar()`); after that the run is synchronous.
 */
export function runScriptOnMachine(machine: Machine, source: string, options: MachineRunOptions): RunResult {
  const host = createScriptHost({
    commands: machineCommands(machine, {
      clock: options.clock,
      ...(options.confirm ? { confirm: options.confirm } : {}),
      ...(options.agent ? { agent: options.agent } : {}),
    }),
    clock: options.clock,
    ...(options.confirm ? { confirm: options.confirm } : {}),
    environment: machineEnvironment(machine, options.agent),
  });
  return host.run(source, {
    ...(options.file === undefined ? {} : { file: options.file }),
    ...(options.args === undefined ? {} : { args: options.args }),
  });
}
