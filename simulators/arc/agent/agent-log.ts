import { DiskError } from '../../machine/disk.js';
import type { Clock } from '../../shared/clock.js';
import type { AgentDisk } from './agent-host.js';
import { LogBuffer, type LogFields } from './log-buffer.js';
import type { LogLevel } from './log-line.js';
import { AZCMAGENT_LOG, HIMDS_LOG } from './paths.js';

/**
 * The agent's two log files on the machine's disk. Lines carry the virtual time of what they
 * record, which may be earlier than the clock when a tick catches up on a period.
 *
 * Lines wait in memory and reach the disk only when something uses the disk (a hook the log puts
 * on it), in order, each back-dated to when it was logged: whoever looks sees the same files and
 * the same last-write times as if every line had been appended at once. A machine whose disk
 * nobody reads never lays its disk out.
 */
export class AgentLog {
  readonly #pending = new LogBuffer();
  #hooked: AgentDisk | undefined;

  constructor(
    private readonly disk: () => AgentDisk,
    private readonly clock: Clock,
  ) {}

  /** A line in himds.log: the service, heartbeats, identity requests (DOC: what himds.log records). */
  himds(at: number, level: LogLevel, msg: string, fields?: LogFields): void {
    this.#add(HIMDS_LOG, at, level, msg, fields);
  }

  /** A line in azcmagent.log: what the azcmagent tool did (DOC). */
  azcmagent(at: number, level: LogLevel, msg: string, fields?: LogFields): void {
    this.#add(AZCMAGENT_LOG, at, level, msg, fields);
  }

  /** How many lines wait for the disk. */
  get pending(): number {
    return this.#pending.size;
  }

  /**
   * Appends the waiting lines to their files, in order. The disk runs this before any read or
   * write. Lines whose folder is gone (a script removed it) are lost (ASSUME: the real agent's
   * behaviour is not documented).
   */
  flush(): void {
    if (this.#pending.size === 0) return;
    const disk = this.disk();
    // Drained before writing: the appends run the disk's hooks, this one included, with nothing left.
    for (const chunk of this.#pending.drain()) {
      try {
        disk.appendFile(chunk.file, chunk.text, { at: chunk.at, from: chunk.from });
      } catch (error) {
        if (!(error instanceof DiskError)) throw error;
      }
    }
  }

  #add(file: string, at: number, level: LogLevel, msg: string, fields: LogFields | undefined): void {
    const disk = this.disk();
    if (this.#hooked !== disk) {
      disk.beforeAccess(() => this.flush());
      this.#hooked = disk;
    }
    this.#pending.add(file, at, this.clock.now(), level, msg, fields);
  }
}
