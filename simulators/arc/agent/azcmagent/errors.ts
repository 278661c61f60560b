import { consoleLine } from './console-line.js';
import type { CommandResult } from './result.js';

/** Where azcmagent writes its error lines: stdout unless `--log-stderr` (DOC: common flags). */
export interface ErrorStream {
  readonly logStderr: boolean;
}

/**
 * An azcmagent failure: the `AZCMnnnn` code and its exit code (DOC: troubleshooting, "Agent error
 * codes" and "Agent exit codes"; the exit code is the code's number). The line's wording after the
 * code is ASSUME: no real failure output of these cases is published.
 */
function agentError(stream: ErrorStream, code: number, message: string): CommandResult {
  const line = consoleLine('FATAL', `AZCM${String(code).padStart(4, '0')}: ${message}`);
  return stream.logStderr
    ? { stdout: '', stderr: line, exitCode: code }
    : { stdout: line, stderr: '', exitCode: code };
}

/** cobra's own parse errors, always on stderr (INFER: azcmagent is a cobra CLI; exit 1 ASSUME). */
const cobraError = (text: string): CommandResult => ({ stdout: '', stderr: text, exitCode: 1 });

/** The one place azcmagent's errors are made. */
export const azcmagentErrors = {
  /** cobra's text for an unknown subcommand (INFER: cobra's wording). */
  unknownCommand: (name: string) =>
    cobraError(`Error: unknown command "${name}" for "azcmagent"\nRun 'azcmagent --help' for usage.\n`),
  /** pflag's texts (INFER: pflag's wording). */
  unknownFlag: (flag: string) => cobraError(`Error: unknown flag: ${flag}\n`),
  unknownShorthand: (letter: string, arg: string) =>
    cobraError(`Error: unknown shorthand flag: '${letter}' in ${arg}\n`),
  flagNeedsArgument: (flag: string) => cobraError(`Error: flag needs an argument: ${flag}\n`),
  /** DOC: AZCM0016 "Missing mandatory parameter"; lists the flags, as the doc says the output does. */
  missingParameters: (stream: ErrorStream, flags: readonly string[]) =>
    agentError(stream, 16, `Missing mandatory parameter(s): ${flags.map((f) => `--${f}`).join(', ')}`),
  /** DOC: AZCM0014 "The cloud is invalid". */
  invalidCloud: (stream: ErrorStream, cloud: string) =>
    agentError(
      stream,
      14,
      `The cloud '${cloud}' is invalid. Specify AzureCloud, AzureUSGovernment or AzureChinaCloud`,
    ),
  /** DOC: AZCM0013 "The tags provided are invalid". */
  invalidTags: (stream: ErrorStream) =>
    agentError(
      stream,
      13,
      'The tags provided are invalid. Use --tags "Name=Value,Other=\'Value with spaces\'"',
    ),
  /** DOC: AZCM0023 "The value provided for a parameter (argument) is invalid". */
  invalidProperty: (stream: ErrorStream, name: string) =>
    agentError(stream, 23, `Invalid property name: ${name}`),
  /** DOC: AZCM0026 network error. */
  networkError: (stream: ErrorStream) =>
    agentError(stream, 26, 'Network Error: the endpoints needed to connect to Azure are not reachable'),
  /** DOC: AZCM0063 "An error occurred while disconnecting the server" (ASSUME: for a machine not connected). */
  notConnected: (stream: ErrorStream) => agentError(stream, 63, 'The machine is not connected to Azure'),
  /** DOC: AZCM0064 "The agent service isn't responding or unavailable". */
  serviceUnavailable: (stream: ErrorStream) =>
    agentError(stream, 64, 'The agent service (himds) is not responding or unavailable'),
  /** DOC: AZCM0067 "The machine is already connected to Azure". */
  alreadyConnected: (stream: ErrorStream) =>
    agentError(stream, 67, 'The machine is already connected to Azure'),
  /** Not emulated: the harness says so in its own voice, never as a fake azcmagent error. */
  notEmulated: (what: string) => cobraError(`[hotpatch-harness] azcmagent: ${what} is not emulated\n`),
};
