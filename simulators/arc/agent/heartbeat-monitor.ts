import { invariant } from '../../shared/invariant.js';
import type { AgentTick, AzureStatus } from './agent-change.js';
import type { AgentLog } from './agent-log.js';
import { addHeartbeats } from './heartbeat-runs.js';

/** The fields of the heartbeat failure line, shared by every such line. */
const UNREACHABLE: Readonly<Record<string, string>> = { error: 'network unreachable' };

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
  #azureSince: number | undefined;
  #lastTryOk: boolean;
  #failing = false;

  constructor(
    start: MonitorStart,
    private readonly intervalMs: number,
    private readonly timeoutMs: number,
    private readonly log: Pick<AgentLog, 'himds'>,
  ) {
    this.#at = start.at;
    this.#up = start.up;
    this.#networkUp = start.networkUp;
    this.#phase = start.phase;
    this.#lastHeartbeat = start.lastHeartbeat;
    this.#azure = start.azure;
    this.#azureSince = start.azure === undefined ? undefined : start.at;
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

  /** When Azure's status last changed, or was first set; undefined while it has none. */
  get azureSince(): number | undefined {
    return this.#azureSince;
  }

  /**
   * When Azure's status will next change if nothing else does: the timeout after the last
   * heartbeat that got through, or the next try that will get through (from Disconnected, or to a
   * first status); undefined when neither would change it.
   */
  nextAzureChangeAt(): number | undefined {
    const next = this.#up && this.#networkUp ? this.#nextTryAfter(this.#at) : undefined;
    if (this.#azure !== 'Connected') return next;
    const deadline =
      this.#lastHeartbeat === undefined ? Number.POSITIVE_INFINITY : this.#lastHeartbeat + this.timeoutMs;
    if (deadline < (next ?? Number.POSITIVE_INFINITY)) return Math.max(this.#at, deadline);
    // The try at `next` keeps it Connected; a timeout shorter than the interval lapses before the following one.
    return next === undefined || this.timeoutMs >= this.intervalMs ? undefined : next + this.timeoutMs;
  }

  /**
   * Runs the period up to `to` under the current state. It costs O(status changes), not
   * O(heartbeats): a run of tries that all get through and change nothing but the last heartbeat
   * is taken in one step, and tries that keep failing are skipped.
   */
  advance(to: number, out: AgentTick): void {
    invariant(to >= this.#at, () => `the agent cannot go back from ${this.#at} to ${to}`);
    for (;;) {
      const next = this.#triesMatter ? this.#nextTryAfter(this.#at) : Number.POSITIVE_INFINITY;
      const deadline =
        this.#azure === 'Connected' && this.#lastHeartbeat !== undefined
          ? this.#lastHeartbeat + this.timeoutMs
          : Number.POSITIVE_INFINITY;
      if (deadline < next && deadline <= to) {
        this.#at = Math.max(this.#at, deadline);
        this.#setAzure(this.#at, 'Disconnected', out);
      } else if (next > to) {
        break;
      } else if (this.#steady) {
        this.#at = this.#lastTryUpTo(to);
        this.#succeeded(next, this.#at, out);
      } else {
        this.#at = next;
        this.#try(next, out);
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
    this.#azureSince = undefined;
    this.#lastHeartbeat = undefined;
  }

  /** The agent no longer belongs to any resource. */
  detach(): void {
    this.stop();
    this.#azure = undefined;
    this.#azureSince = undefined;
    this.#lastHeartbeat = undefined;
  }

  setNetwork(up: boolean): void {
    this.#networkUp = up;
  }

  /**
   * A try can change something: the agent is up, and it is not one more failure while the
   * network stays down (only the first failure logs; later ones leave everything as it is).
   */
  get #triesMatter(): boolean {
    return this.#up && (this.#networkUp || !this.#failing);
  }

  /**
   * Every try from the next on gets through and changes nothing but the last heartbeat: the network
   * is up, no failure to report, Azure shows Connected, and each heartbeat's timeout ends no
   * earlier than the next try (a heartbeat on the very instant of the timeout arrives first).
   */
  get #steady(): boolean {
    return (
      this.#networkUp && !this.#failing && this.#azure === 'Connected' && this.timeoutMs >= this.intervalMs
    );
  }

  #nextTryAfter(t: number): number {
    return this.#phase + (Math.floor((t - this.#phase) / this.intervalMs) + 1) * this.intervalMs;
  }

  /** The last try at or before `t`. */
  #lastTryUpTo(t: number): number {
    return this.#phase + Math.floor((t - this.#phase) / this.intervalMs) * this.intervalMs;
  }

  #try(at: number, out: AgentTick): void {
    if (!this.#networkUp) {
      // One line when heartbeats start failing, not one per try (ASSUME: wording and rate).
      if (!this.#failing) this.log.himds(at, 'error', 'Failed to send heartbeat', UNREACHABLE);
      this.#failing = true;
      this.#lastTryOk = false;
      return;
    }
    if (this.#failing) this.log.himds(at, 'info', 'Heartbeat sent after a failure');
    this.#failing = false;
    this.#succeeded(at, at, out);
    if (this.#azure === undefined) {
      this.#azure = 'Connected';
      this.#azureSince = at;
    } else this.#setAzure(at, 'Connected', out);
  }

  /** The tries `first`, `first + interval`, ... `last` reached Azure. */
  #succeeded(first: number, last: number, out: AgentTick): void {
    this.#lastTryOk = true;
    this.#lastHeartbeat = last;
    addHeartbeats(out.heartbeats, first, last, this.intervalMs);
  }

  #setAzure(at: number, to: AzureStatus, out: AgentTick): void {
    const from = this.#azure;
    if (from === undefined || from === to) return;
    this.#azure = to;
    this.#azureSince = at;
    out.changes.push({ at, kind: 'status', from, to });
  }
}
