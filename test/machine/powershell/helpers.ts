import { beforeAll } from 'vitest';
import type { Machine, MachineSpec } from '../../../simulators/machine/index.js';
import { type MachineRunOptions, runScriptOnMachine } from '../../../simulators/machine/powershell/index.js';
import {
  type ConfirmPrompt,
  loadPowerShellGrammar,
  type RunResult,
  transcript,
} from '../../../simulators/powershell/index.js';
import type { ManualClock } from '../../../simulators/shared/clock.js';
import { machineAt } from '../fixtures.js';

/** Loads the PowerShell grammar once for a test file. */
export function useGrammar(): void {
  beforeAll(() => loadPowerShellGrammar());
}

/** A machine built as test/machine/fixtures.ts builds them, with its clock. */
export function testMachine(overrides: Partial<MachineSpec> = {}): { machine: Machine; clock: ManualClock } {
  return machineAt(overrides);
}

/** What a test run needs besides the script. */
export interface TestRun extends Partial<Omit<MachineRunOptions, 'confirm'>> {
  readonly machine?: Machine;
  readonly clock?: ManualClock;
  /** A fixed answer for every prompt, or a policy; prompts asked are recorded in `prompts`. */
  readonly confirm?: boolean | ((prompt: ConfirmPrompt) => boolean);
}

/** A run's result with the machine it ran on and the prompts it asked. */
export interface TestResult extends RunResult {
  readonly machine: Machine;
  readonly clock: ManualClock;
  readonly prompts: readonly ConfirmPrompt[];
  /** The console text (the core's transcript). */
  readonly text: string;
}

/** Runs a script on a fresh test machine (or the one given). */
export function run(source: string, options: TestRun = {}): TestResult {
  const fresh = options.machine ? undefined : testMachine();
  const machine = options.machine ?? (fresh?.machine as Machine);
  const clock = options.clock ?? (fresh?.clock as ManualClock);
  const prompts: ConfirmPrompt[] = [];
  const policy = options.confirm;
  const result = runScriptOnMachine(machine, source, {
    clock,
    confirm: (prompt) => {
      prompts.push(prompt);
      return typeof policy === 'function' ? policy(prompt) : policy === true;
    },
    ...(options.file ? { file: options.file } : {}),
    ...(options.args ? { args: options.args } : {}),
    ...(options.agent ? { agent: options.agent } : {}),
  });
  return { ...result, machine, clock, prompts, text: transcript(result.streams) };
}

/** The console text of a run. */
export const consoleText = (source: string, options: TestRun = {}): string => run(source, options).text;

/** The streams of a run as [stream, text] pairs. */
export const streamsOf = (result: RunResult): [string, string][] =>
  result.streams.map((s) => [s.stream, s.text]);

/** The rendered text of the first error a run wrote, split into lines. */
export function firstErrorLines(result: RunResult): string[] {
  const entry = result.streams.find((s) => s.stream === 'error');
  if (!entry) throw new Error('no error was written');
  return entry.text.split('\n');
}

/** The first error a run wrote: its first console line, CategoryInfo and FullyQualifiedErrorId. */
export function firstError(result: RunResult): { line: string; category: string; id: string } {
  const entry = result.streams.find((s) => s.stream === 'error');
  if (!entry?.record) throw new Error('no error record was written');
  return {
    line: entry.text.split('\n')[0] ?? '',
    category: entry.record.categoryInfo,
    id: entry.record.fullyQualifiedErrorId,
  };
}
