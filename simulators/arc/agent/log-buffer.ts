import { type LogLevel, logLine } from './log-line.js';

/** A log line's fields; callers share one object for lines that always carry the same ones. */
export type LogFields = Readonly<Record<string, string>>;

/** Consecutive lines for one file, ready to append: written from `from` to `at` (virtual ms). */
export interface LogChunk {
  readonly file: string;
  readonly text: string;
  readonly from: number;
  readonly at: number;
}

/**
 * Log lines waiting for the disk, oldest first. They are kept in parallel arrays, not an object or
 * a string per line: a fleet holds hundreds of thousands of them, and the file, level, message and
 * fields are shared with the caller (most are constants). Each line keeps the instant it records
 * (`at`) and the instant it was logged (`written`), which is when it would have reached the disk.
 */
export class LogBuffer {
  #file: string[] = [];
  #at: number[] = [];
  #written: number[] = [];
  #level: LogLevel[] = [];
  #msg: string[] = [];
  #fields: (LogFields | undefined)[] = [];

  /** How many lines wait. */
  get size(): number {
    return this.#at.length;
  }

  /** Adds a line at the end. */
  add(file: string, at: number, written: number, level: LogLevel, msg: string, fields?: LogFields): void {
    this.#file.push(file);
    this.#at.push(at);
    this.#written.push(written);
    this.#level.push(level);
    this.#msg.push(msg);
    this.#fields.push(fields);
  }

  /** Takes every line, formatted, as runs of consecutive lines for the same file, in order. */
  drain(): LogChunk[] {
    const chunks: LogChunk[] = [];
    let start = 0;
    for (let i = 0; i < this.size; i++) {
      const file = this.#file[i] as string;
      if (i + 1 < this.size && this.#file[i + 1] === file) continue;
      let text = '';
      for (let k = start; k <= i; k++)
        text += logLine(
          this.#at[k] as number,
          this.#level[k] as LogLevel,
          this.#msg[k] as string,
          this.#fields[k],
        );
      chunks.push({ file, text, from: this.#written[start] as number, at: this.#written[i] as number });
      start = i + 1;
    }
    this.#file = [];
    this.#at = [];
    this.#written = [];
    this.#level = [];
    this.#msg = [];
    this.#fields = [];
    return chunks;
  }
}
