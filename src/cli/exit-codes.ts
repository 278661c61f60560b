import { ScriptError } from '../../simulators/powershell/index.js';
import { CatalogError } from '../../simulators/windows-update/index.js';
import { ScenarioError } from '../scenario/errors.js';

/** The command line's exit codes (DESIGN.md): 0 ok, 1 an expectation failed, 2 bad input. */
export const EXIT = { ok: 0, expectFailed: 1, badInput: 2, internal: 70 } as const;

/** An error in what the user gave us (a flag, a path): message only, exit code 2. */
export class InputError extends Error {
  override name = 'InputError';
}

/** True for errors that are the input's fault and print without a stack trace. */
export const isInputError = (error: unknown): error is Error =>
  error instanceof ScenarioError ||
  error instanceof CatalogError ||
  error instanceof InputError ||
  error instanceof ScriptError;
