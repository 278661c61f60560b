import type { AgentDisk } from './agent-host.js';
import { type LogLevel, logLine } from './log-line.js';
import { AZCMAGENT_LOG, HIMDS_LOG } from './paths.js';

/**
 * The agent's two log files on the machine's disk. Lines carry the virtual time of what they
 * record, which may be earlier than the clock when a tick catches up on a period.
 */
export class AgentLog {
  constructor(private readonly disk: () => AgentDisk) {}

  /** A line in himds.log: the service, heartbeats, identity requests (DOC: what himds.log records). */
  himds(at: number, level: LogLevel, msg: string, fields?: Readonly<Record<string, string>>): void {
    this.disk().appendFile(HIMDS_LOG, logLine(at, level, msg, fields));
  }

  /** A line in azcmagent.log: what the azcmagent tool did (DOC). */
  azcmagent(at: number, level: LogLevel, msg: string, fields?: Readonly<Record<string, string>>): void {
    this.disk().appendFile(AZCMAGENT_LOG, logLine(at, level, msg, fields));
  }
}
