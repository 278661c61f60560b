import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { HeartbeatMonitor, type MonitorStart } from '../../../simulators/arc/agent/heartbeat-monitor.js';
import { type AgentTick, type AzureStatus, heartbeatTimes } from '../../../simulators/arc/agent/index.js';
import { MIN } from './fixtures.js';

const INTERVAL = 5 * MIN;

/** A log that records its calls. */
const recorder = () => {
  const lines: unknown[][] = [];
  return { lines, log: { himds: (...args: unknown[]) => void lines.push(args) } };
};

/**
 * The monitor as it was before the closed form: one try at a time, heartbeats as plain instants.
 * The reference the closed form must agree with, change for change and line for line.
 */
class StepByStep {
  at: number;
  up: boolean;
  networkUp: boolean;
  phase: number;
  lastHeartbeat: number | undefined;
  azure: AzureStatus | undefined;
  since: number | undefined;
  lastTryOk: boolean;
  failing = false;
  /** Every change of the azure value, from undefined too. */
  readonly history: { at: number; azure: AzureStatus | undefined }[] = [];

  constructor(
    start: MonitorStart,
    readonly timeout: number,
    readonly lines: unknown[][],
  ) {
    this.at = start.at;
    this.up = start.up;
    this.networkUp = start.networkUp;
    this.phase = start.phase;
    this.lastHeartbeat = start.lastHeartbeat;
    this.azure = start.azure;
    this.since = start.azure === undefined ? undefined : start.at;
    this.lastTryOk = start.up && start.networkUp;
  }

  clone(): StepByStep {
    return Object.assign(Object.create(StepByStep.prototype), { ...this, history: [], lines: [] });
  }

  advance(to: number, beats: number[], changes: unknown[]): void {
    for (;;) {
      const next = this.up
        ? this.phase + (Math.floor((this.at - this.phase) / INTERVAL) + 1) * INTERVAL
        : Number.POSITIVE_INFINITY;
      const deadline =
        this.azure === 'Connected' && this.lastHeartbeat !== undefined
          ? this.lastHeartbeat + this.timeout
          : Number.POSITIVE_INFINITY;
      if (deadline < next && deadline <= to) {
        this.at = Math.max(this.at, deadline);
        this.setAzure(this.at, 'Disconnected', changes);
      } else if (next <= to) {
        this.at = next;
        this.try(next, beats, changes);
      } else break;
    }
    this.at = to;
  }

  try(at: number, beats: number[], changes: unknown[]): void {
    if (!this.networkUp) {
      if (!this.failing)
        this.lines.push([at, 'error', 'Failed to send heartbeat', { error: 'network unreachable' }]);
      this.failing = true;
      this.lastTryOk = false;
      return;
    }
    if (this.failing) this.lines.push([at, 'info', 'Heartbeat sent after a failure']);
    this.failing = false;
    this.lastTryOk = true;
    this.lastHeartbeat = at;
    beats.push(at);
    if (this.azure === undefined) this.set(at, 'Connected');
    else this.setAzure(at, 'Connected', changes);
  }

  setAzure(at: number, to: AzureStatus, changes: unknown[]): void {
    if (this.azure === undefined || this.azure === to) return;
    changes.push({ at, kind: 'status', from: this.azure, to });
    this.set(at, to);
  }

  set(at: number, to: AzureStatus | undefined): void {
    this.azure = to;
    this.since = to === undefined ? undefined : at;
    this.history.push({ at, azure: to });
  }

  /** When the azure value next changes if nothing else happens, by running a copy forward. */
  nextChange(): number | undefined {
    const copy = this.clone();
    copy.advance(this.at + 3 * (INTERVAL + this.timeout), [], []);
    return copy.history[0]?.at;
  }
}

type Op =
  | { kind: 'advance'; by: number }
  | { kind: 'start' | 'stop' | 'attach' | 'detach' }
  | { kind: 'network'; up: boolean };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      by: fc.integer({ min: 0, max: 3 * 3600e3 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      by: fc.integer({ min: 0, max: 90 }).map((m) => m * MIN),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('network' as const), up: fc.boolean() }) },
  { weight: 2, arbitrary: fc.constantFrom<Op>({ kind: 'start' }, { kind: 'stop' }) },
  { weight: 1, arbitrary: fc.constantFrom<Op>({ kind: 'attach' }, { kind: 'detach' }) },
);

const T0 = Date.parse('2025-11-03T22:00:00Z');
const start: fc.Arbitrary<MonitorStart> = fc
  .record({
    phaseBack: fc.integer({ min: 0, max: 2 * 3600e3 }),
    up: fc.boolean(),
    networkUp: fc.boolean(),
    lastBack: fc.option(
      fc.oneof(fc.integer({ min: 0, max: 10 * MIN }), fc.integer({ min: 0, max: 3600e3 })),
      {
        nil: undefined,
      },
    ),
    azure: fc.constantFrom<AzureStatus | undefined>('Connected', 'Disconnected', undefined),
  })
  .map((s) => ({
    at: T0,
    up: s.up,
    networkUp: s.networkUp,
    phase: T0 - s.phaseBack,
    ...(s.lastBack === undefined ? {} : { lastHeartbeat: T0 - s.lastBack }),
    ...(s.azure === undefined ? {} : { azure: s.azure }),
  }));

describe('the closed-form monitor', () => {
  test.prop([start, fc.constantFrom(1, 3, 5, 7, 15, 30), fc.array(op, { maxLength: 30 })])(
    'agrees with stepping through every try: heartbeats, changes, log lines, state, next change',
    (from, timeoutMin, ops) => {
      const timeout = timeoutMin * MIN;
      const fast = recorder();
      const monitor = new HeartbeatMonitor(from, INTERVAL, timeout, fast.log);
      const slow = recorder();
      const reference = new StepByStep(from, timeout, slow.lines);
      const check = (out: AgentTick, beats: number[], changes: unknown[]) => {
        expect(heartbeatTimes(out.heartbeats)).toEqual(beats);
        expect(out.changes).toEqual(changes);
        expect(fast.lines).toEqual(slow.lines);
        expect({
          lastHeartbeat: monitor.lastHeartbeat,
          azure: monitor.azure,
          since: monitor.azureSince,
          lastTryOk: monitor.lastTryOk,
          at: monitor.at,
        }).toEqual({
          lastHeartbeat: reference.lastHeartbeat,
          azure: reference.azure,
          since: reference.since,
          lastTryOk: reference.up && reference.lastTryOk,
          at: reference.at,
        });
        expect(monitor.nextAzureChangeAt()).toBe(reference.nextChange());
      };
      check({ heartbeats: [], changes: [] }, [], []);
      let now = from.at;
      for (const o of ops) {
        const out: AgentTick = { heartbeats: [], changes: [] };
        const beats: number[] = [];
        const changes: unknown[] = [];
        if (o.kind === 'advance') {
          now += o.by;
          monitor.advance(now, out);
          reference.advance(now, beats, changes);
        } else if (o.kind === 'network') {
          monitor.setNetwork(o.up);
          reference.networkUp = o.up;
        } else if (o.kind === 'start') {
          monitor.start(out);
          reference.up = true;
          reference.phase = reference.at;
          reference.try(reference.at, beats, changes);
        } else {
          if (o.kind === 'stop' || o.kind === 'detach') monitor.stop();
          if (o.kind !== 'stop') monitor[o.kind]();
          if (o.kind === 'stop' || o.kind === 'detach') {
            reference.up = false;
            reference.lastTryOk = false;
            reference.failing = false;
          }
          if (o.kind !== 'stop') {
            reference.set(reference.at, undefined);
            reference.lastHeartbeat = undefined;
          }
        }
        check(out, beats, changes);
      }
    },
  );

  test.prop([fc.integer({ min: 1, max: 24 * 30 })])(
    'a steady run of days is one run, whatever its length',
    (hours) => {
      const { log } = recorder();
      const from = {
        at: T0,
        up: true,
        networkUp: true,
        phase: T0,
        lastHeartbeat: T0,
        azure: 'Connected' as const,
      };
      const monitor = new HeartbeatMonitor(from, INTERVAL, 15 * MIN, log);
      const out: AgentTick = { heartbeats: [], changes: [] };
      monitor.advance(T0 + hours * 3600e3, out);
      expect(out.heartbeats).toEqual([{ first: T0 + INTERVAL, last: T0 + hours * 3600e3, every: INTERVAL }]);
      expect(monitor.lastHeartbeat).toBe(T0 + hours * 3600e3);
    },
  );
});
