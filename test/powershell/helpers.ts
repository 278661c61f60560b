import { beforeAll } from 'vitest';
import {
  createScriptHost,
  loadPowerShellGrammar,
  type RunOptions,
  type RunResult,
  type ScriptHostOptions,
  transcript,
} from '../../simulators/powershell/index.js';
import { fakeCommands } from './fake-commands.js';

/** Loads the grammar once for a test file. */
export function useGrammar(): void {
  beforeAll(() => loadPowerShellGrammar());
}

/** Runs a script on a host with the fake test commands. */
export function run(source: string, options: RunOptions & { host?: ScriptHostOptions } = {}): RunResult {
  const { host, ...runOptions } = options;
  return createScriptHost({ commands: fakeCommands(), ...host }).run(source, runOptions);
}

/** The console text of a run. */
export function console(source: string, options: RunOptions & { host?: ScriptHostOptions } = {}): string {
  return transcript(run(source, options).streams);
}

/** The output objects' text, one line per line the console shows (blank lines dropped). */
export function lines(source: string): string[] {
  return console(source)
    .split('\n')
    .filter((line) => line.trim() !== '');
}

/** The rendered text of the first error the run wrote. */
export function firstError(source: string, options: RunOptions & { host?: ScriptHostOptions } = {}): string {
  const entry = run(source, options).streams.find((s) => s.stream === 'error');
  if (!entry) throw new Error(`no error written by: ${source}`);
  return entry.text;
}
