import type { NativeRunResult } from '../../../powershell/index.js';

/** reg.exe ends its lines with CR LF. */
export const CRLF = '\r\n';

/** reg.exe's texts (3P: real captures of Windows output, unless marked). */
export const REG_TEXT = {
  success: 'The operation completed successfully.',
  notFound: 'ERROR: The system was unable to find the specified registry key or value.',
  /** INFER: the Win32 message of ERROR_CANCELLED, which reg prints when a prompt is answered No. */
  canceled: 'The operation was canceled by the user.',
} as const;

/** Success: the text on standard output, exit code 0. */
export const regOk = (stdout: string): NativeRunResult => ({
  stdout: `${stdout}${CRLF}`,
  stderr: '',
  exitCode: 0,
});

/** A failure: the text on standard error (DOC: reg writes errors there), exit code 1. */
export const regFail = (stderr: string): NativeRunResult => ({
  stdout: '',
  stderr: `${stderr}${CRLF}`,
  exitCode: 1,
});

/** 3P: "ERROR: Invalid syntax." and the usage hint of the operation (`REG ADD /?`). */
export const invalidSyntax = (operation: string): NativeRunResult =>
  regFail(`ERROR: Invalid syntax.${CRLF}Type "${usage(operation)}" for usage.`);

/** INFER (the same shape as the syntax error): a key whose root is no hive. */
export const invalidKeyName = (operation: string): NativeRunResult =>
  regFail(`ERROR: Invalid key name.${CRLF}Type "${usage(operation)}" for usage.`);

const usage = (operation: string) => (operation ? `REG ${operation.toUpperCase()} /?` : 'REG /?');

/** What the harness does not emulate, named (as azcmagent refuses its own): exit code 1. */
export const regNotEmulated = (what: string): NativeRunResult =>
  regFail(`[hotpatch-harness] reg.exe: ${what} is not emulated.`);
