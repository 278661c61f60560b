import type { ErrorRecord } from './error-record.js';
import { positionMessage } from './position-message.js';

/** ASSUME: the console is 120 columns wide (Windows Server 2025's default console window). */
export const HOST_WIDTH = 120;

/**
 * An error record as Windows PowerShell 5.1 prints it with the default $ErrorView
 * (NormalView; PowerShell 7's ConciseView is not emulated because Windows Server 2025 runs
 * scripts with 5.1). DOC: the ErrorRecord view in 5.1's PowerShellCore.format.ps1xml:
 * `<command> : <message>`, the position message, then `+ CategoryInfo` and
 * `+ FullyQualifiedErrorId`, each cut into pieces of (width - 6) characters indented by four
 * spaces; ErrorDetails.Message replaces the exception's message; a NativeCommandErrorMessage
 * record (a native program's second and later stderr lines) is its message alone. The view's
 * final "\n " (see viewEndsWithBlankLine) is left to the transcript.
 */
export function renderErrorRecord(record: ErrorRecord, width = HOST_WIDTH): string {
  if (record.errorId === NATIVE_MESSAGE) return record.exception.message;
  const invocation = record.invocation;
  let posmsg = invocation?.position ? `\n${positionMessage(invocation.position)}` : '';
  const chunk = width - 4 - 2;
  const indent = (text: string) =>
    (text.match(new RegExp(`[\\s\\S]{1,${chunk}}`, 'g')) ?? []).map((piece) => `    ${piece}`).join('');
  posmsg += `\n${indent(`+ CategoryInfo          : ${record.categoryInfo}`)}`;
  posmsg += `\n${indent(`+ FullyQualifiedErrorId : ${record.fullyQualifiedErrorId}`)}`;
  return `${commandPrefix(record)}${record.toString()}${posmsg}`;
}

const NATIVE_MESSAGE = 'NativeCommandErrorMessage';

/**
 * DOC (the same view): only the full view of a record without ErrorDetails ends with "\n ", a
 * line holding one space; a record with ErrorDetails and a NativeCommandErrorMessage do not.
 */
export function viewEndsWithBlankLine(record: ErrorRecord): boolean {
  return record.errorId !== NATIVE_MESSAGE && record.errorDetails === undefined;
}

/** DOC (the same view's first part): who raised the error, as `name : `. */
function commandPrefix(record: ErrorRecord): string {
  const invocation = record.invocation;
  const command = invocation?.command;
  if (command) {
    if (command.type === 'ExternalScript') return command.path ? `${command.path} : ` : '';
    if (command.type === 'Script') return command.scriptText ? `${command.scriptText} : ` : '';
    return /^[&.]?$/.test(invocation.invocationName)
      ? `${command.name} : `
      : `${invocation.invocationName} : `;
  }
  return invocation?.invocationName ? `${invocation.invocationName} : ` : '';
}
