import type { ModelState } from './state.js';

/** The agent sends a heartbeat every five minutes while himds runs (DOMAIN.md 4). */
export const HEARTBEAT_MS = 5 * 60_000;
/** Azure shows Disconnected this long after the last heartbeat (ASSUME: Learn says 15 to 30 minutes; the lower bound). */
export const DISCONNECT_AFTER_MS = 15 * 60_000;

/** The first heartbeat after `t`: himds's start plus whole intervals. */
export const nextHeartbeat = (s: ModelState, t: number): number =>
  s.hbPhase + (Math.floor((t - s.hbPhase) / HEARTBEAT_MS) + 1) * HEARTBEAT_MS;

/**
 * Runs the heartbeats and Azure's view of them up to `to` under the machine as it is: while the
 * agent is on line each heartbeat reaches Azure (Connected at the first one back); Azure shows
 * Disconnected once the last one it got is DISCONNECT_AFTER_MS old (a heartbeat on that very
 * instant arrives first).
 */
export function heartbeatsTo(s: ModelState, to: number): void {
  const online = s.arcAgent && s.himdsRunning && s.networkUp;
  for (;;) {
    const next = online ? nextHeartbeat(s, s.hbAt) : Number.POSITIVE_INFINITY;
    const deadline =
      s.azure === 'Connected' && s.lastHeartbeat !== undefined
        ? s.lastHeartbeat + DISCONNECT_AFTER_MS
        : Number.POSITIVE_INFINITY;
    if (deadline < next && deadline <= to) {
      [s.azure, s.hbAt] = ['Disconnected', Math.max(s.hbAt, deadline)];
      continue;
    }
    // From the next heartbeat on every one gets through: the last by `to` is Azure's latest.
    if (next <= to) {
      s.lastHeartbeat = s.hbPhase + Math.floor((to - s.hbPhase) / HEARTBEAT_MS) * HEARTBEAT_MS;
      s.azure = 'Connected';
    }
    break;
  }
  s.hbAt = to;
}

/**
 * The machine boots now: himds starts, with a heartbeat now and then every interval; it reaches
 * Azure if the network is up. Every boot counts, two at one instant too.
 */
export function himdsStarts(s: ModelState): void {
  heartbeatsTo(s, s.now);
  [s.himdsRunning, s.bootedAt, s.agentSawHimds] = [true, s.now, true];
  if (!s.arcAgent) return;
  s.hbPhase = s.now;
  if (s.networkUp) [s.lastHeartbeat, s.azure] = [s.now, 'Connected'];
}

/** The status Azure shows at `at` (no earlier than the model's heartbeats), the model left as it is. */
export function azureAt(s: ModelState, at: number): ModelState['azure'] {
  const probe = { ...s };
  heartbeatsTo(probe, at);
  return probe.azure;
}

/**
 * When Azure next starts to show Connected by itself after `after`, under the machine as it is:
 * at the next heartbeat while Disconnected and on line; undefined otherwise.
 */
export function nextAzureConnect(s: ModelState, after: number): number | undefined {
  if (azureAt(s, after) === 'Connected' || !(s.arcAgent && s.himdsRunning && s.networkUp)) return undefined;
  return nextHeartbeat(s, after);
}
