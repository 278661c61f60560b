/**
 * A script the host cannot run as written: a syntax error, or a construct outside what the
 * script host emulates. These are harness errors (bad input, exit code 2), never PowerShell
 * errors: `try`/`catch` in the script cannot catch them, so nothing is silently skipped.
 */
export class ScriptError extends Error {
  override name = 'ScriptError';

  constructor(
    message: string,
    readonly file: string | undefined,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${file ?? '<script>'}:${line}:${column}: ${message}`);
  }
}

/** PowerShell source that does not parse; names the line, column and the offending text. */
export class ParseError extends ScriptError {
  override name = 'ParseError';

  constructor(
    readonly reason: string,
    file: string | undefined,
    line: number,
    column: number,
    readonly text: string,
  ) {
    super(`${reason} near '${text}'`, file, line, column);
  }
}

/** A construct the script host does not emulate, named in plain words, with its line. */
export class UnsupportedError extends ScriptError {
  override name = 'UnsupportedError';

  constructor(
    readonly construct: string,
    file: string | undefined,
    line: number,
    column: number,
  ) {
    super(`[hotpatch-harness] not supported by the script host: ${construct}`, file, line, column);
  }
}
