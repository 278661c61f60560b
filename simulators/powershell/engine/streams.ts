import type { ErrorRecord } from '../errors/error-record.js';
import type { PSValue } from '../values/value.js';

/** The streams a script writes, in the order they were written. */
export type StreamName = 'output' | 'error' | 'warning' | 'verbose' | 'information' | 'host';

/** One write to a stream: the text PowerShell 5.1 shows for it and the script line that wrote it. */
export interface StreamEntry {
  readonly stream: StreamName;
  readonly text: string;
  readonly line: number;
  /** Output: the object written. */
  readonly value?: PSValue;
  /** Error: the record. */
  readonly record?: ErrorRecord;
  /** Host: Write-Host -NoNewline leaves the line open. */
  readonly noNewline?: boolean;
}
