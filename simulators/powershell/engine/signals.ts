import type { ErrorRecord } from '../errors/error-record.js';

/**
 * A terminating error on its way to a `catch`, the statement that reports it, or the end of the
 * script. Statement-terminating errors (cmdlet terminating errors, .NET and conversion errors,
 * binding errors, unknown commands) end one statement; script-terminating ones (`throw`, and
 * errors escalated by -ErrorAction Stop or $ErrorActionPreference = 'Stop') end the script.
 * 3P (PowerShell/PowerShell#4292, #6286); DOC (about_Error_Handling).
 */
export class TerminatingError {
  constructor(
    readonly record: ErrorRecord,
    readonly scriptTerminating: boolean,
  ) {}
}

/** `break [label]`. */
export class BreakSignal {
  constructor(readonly label?: string) {}
}

/** `continue [label]`. */
export class ContinueSignal {
  constructor(readonly label?: string) {}
}

/** `return`: leaves the function or script block (its value was already written to output). */
export class ReturnSignal {}

/** `exit [code]`: ends the script with that exit code. */
export class ExitSignal {
  constructor(readonly code: number) {}
}

/** A command asked for a restart: the script ends at that line. */
export class RestartSignal {
  constructor(readonly line: number) {}
}
