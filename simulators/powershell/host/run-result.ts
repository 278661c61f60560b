import type { StreamEntry } from '../engine/streams.js';
import type { ErrorRecord } from '../errors/error-record.js';
import type { PSValue } from '../values/value.js';

/** What one run of a script produced. */
export interface RunResult {
  /** The objects the script wrote to its output stream, in order. */
  readonly output: readonly PSValue[];
  /** Every write to every stream, in the order written, with the text 5.1 shows and the line. */
  readonly streams: readonly StreamEntry[];
  /** `exit N`; 1 after an uncaught terminating error; 0 otherwise. */
  readonly exitCode: number;
  /** The script-terminating error that ended the script, if one did. */
  readonly terminatingError?: ErrorRecord;
  /** A command asked for a restart; the script ended at `restartLine`. */
  readonly restartRequested: boolean;
  readonly restartLine?: number;
  /** `$Error` at the end, newest first. */
  readonly errors: readonly ErrorRecord[];
}
