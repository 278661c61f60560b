/** Why a .reg file was refused: the line, and what was expected there (zod-style issue). */
export interface RegFileIssue {
  readonly code:
    | 'bad-header'
    | 'bad-key'
    | 'bad-value'
    | 'value-outside-key'
    | 'unsupported-type'
    | 'bad-encoding';
  readonly line: number;
  readonly message: string;
}

/** A .reg file that cannot be imported; its message names the file and the line. */
export class RegFileError extends Error {
  override name = 'RegFileError';

  constructor(
    readonly file: string,
    readonly issue: RegFileIssue,
  ) {
    super(`${file}:${issue.line}: ${issue.message}`);
  }
}
