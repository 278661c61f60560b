import { invariant } from '../../shared/invariant.js';
import type { AgentTick, AzureStatus } from './agent-change.js';
import type { AgentLog } from './agent-log.js';

/** Where the monitor starts. */
export interface MonitorStart {
  readonly at: number;
  /** The agent is connected to a resource and himds runs: it heartbeats. */
  readonly up: boolean;
  readonly networkUp: boolean;
  /** When himds started: heartbeats fall on this instant plus whole intervals. */
  readonly phase: number;
  readonly lastHeartbeat?: number;
  /** Undefined when the agent is not connected to any resource. */
  readonly azure?: AzureStatus;
}

/**
 * Heartbeats and what Azure makes of them, on virtual time. While the agent is up it tries a
 * heartbeat when himds starts and every interval after (DOC: every five minutes; INFER: the first
 * one at start); a try reaches Azure when the network is up. Azure marks the machine Disconnected
 * `timeoutMs` after the last heartbeat it received and Connected at the next one (DOC). A
 * heartbeat that falls on the very instant of the timeout arrives first (INFER).
 */
export class HeartbeatMonitor {
  #at: number;
  #up: boolean;
  #networkUp: boolean;
  #phase: number;
  #lastHeartbeat: number | undefined;
  #azure: AzureStatus | undefined;
  #lastTryOk: boolean;
  #failing = false;

  constructor(
    start: MonitorStart,
    private readonly intervalMs: number,
    private readonly timeoutMs: number,
    private readonly log: AgentLog,
  ) {
    this.#at = start.at;
    this.#up = start.up;
    this.#networkUp = start.networkUp;
    this.#phase = start.phase;
    this.#lastHeartbeat = start.lastHeartbeat;
    this.#azure = start.azure;
    this.#lastTryOk = start.up && start.networkUp;
  }

  get at(): number {
    return this.#at;
  }

  get lastHeartbeat(): number | undefined {
    return this.#lastHeartbeat;
  }

  get azure(): AzureStatus | undefined {
    return this.#azure;
  }

  /** The last heartbeat try got through (the agent's own view of its connection). */
  get lastTryOk(): boolean {
    return this.#up && this.#lastTryOk;
  }

  get networkUp(): boolean {
    return this.#networkUp;
  }

  /** Runs the period up to `to` under the current state. */
  advance(to: number, out: AgentTick): void {
    invariant(to >= this.#at, `the agent cannot go back from ${this.#at} to ${to}`);
    for (;;) {
      const next = this.#up ? this.#nextTryAfter(this.#at) : Number.POSITIVE_INFINITY;
      const deadline =
        this.#azure === 'Connected' && this.#lastHeartbeat !== undefined
          ? this.#lastHeartbeat + this.timeoutMs
          : Number.POSITIVE_INFINITY;
      if (deadline < next && deadline <= to) {
        this.#at = Math.max(this.#at, deadline);
        this.#setAzure(this.#at, 'Disconnected', out);
      } else if (next <= to) {
        this.#at = next;
        this.#try(next, out);
      } else {
        break;
      }
    }
    this.#at = to;
  }

  /** himds started now (or the agent was connected now): a heartbeat now, then every interval. */
  start(out: AgentTick): void {
    this.#up = true;
    this.#phase = this.#at;
    this.#try(this.#at, out);
  }

  /** himds stopped now, or the agent was disconnected from its resource. */
  stop(): void {
    this.#up = false;
    this.#lastTryOk = false;
    this.#failing = false;
  }

  /** The agent now belongs to a resource, new in Azure (Connected at its first heartbeat). */
  attach(): void {
    this.#azure = undefined;
    this.#lastHeartbeat = undefined;
  }

  /** The agent no longer belongs to any resource. */
  detach(): void {
    this.stop();
    this.#azure = undefined;
    this.#lastHeartbeat = undefined;
  }

  setNetwork(up: boolean): void {
    this.#networkUp = up;
  }

  #nextTryAfter(t: number): number {
    return this.#phase + (Math.floor((t - this.#phase) / this.intervalMs) + 1) * this.intervalMs;
  }

  #try(at: number, out: AgentTick): void {
    if (!this.#networkUp) {
      // One line when heartbeats start failing, not one per try (ASSUME: wording and rate).
      if (!this.#failing)
        this.log.himds(at, 'error', 'Failed to send heartbeat', { error: 'network unreachable' });
      this.#failing = true;
      this.#lastTryOk = false;
      return;
    }
    if (this.#failing) this.log.himds(at, 'info', 'Heartbeat sent after a failure');
    this.#failing = false;
    this.#lastTryOk = true;
    this.#lastHeartbeat = at;
    out.heartbeats.push(at);
    if (this.#azure === undefined) this.#azure = 'Connected';
    else this.#setAzure(at, 'Connected', out);
  }

  #setAzure(at: number, to: AzureStatus, out: AgentTick): void {
    const from = this.#azure;
    if (from === undefined || from === to) return;
    this.#azure = to;
    out.changes.push({ at, kind: 'status', from, to });
  }
}
