import { ErrorRecord, type InvocationInfo } from './error-record.js';
import { PSException } from './exception.js';

/**
 * One line a native program wrote to standard error, as the ErrorRecord Windows PowerShell 5.1
 * makes of it when stream 2 is redirected. 3P (NativeCommandProcessor's ProcessOutputHandler in
 * the PowerShell repository; 5.1 output "+ CategoryInfo : NotSpecified: (<line>:String) [],
 * RemoteException"): a System.Management.Automation.RemoteException whose message is the line,
 * category NotSpecified; the first line is `NativeCommandError` with the line as its target, the
 * following ones `NativeCommandErrorMessage` with no target. INFER (the same output's empty `[]`):
 * no activity, since the command is an application, not a cmdlet or script.
 */
export function nativeCommandError(line: string, first: boolean, invocation: InvocationInfo): ErrorRecord {
  return new ErrorRecord({
    exception: new PSException('System.Management.Automation.RemoteException', line),
    errorId: first ? 'NativeCommandError' : 'NativeCommandErrorMessage',
    category: 'NotSpecified',
    targetObject: first ? line : null,
    invocation,
    activity: '',
  });
}
