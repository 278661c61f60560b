import { invariant } from '../../shared/invariant.js';

/**
 * Heartbeats at `first`, `first + every`, ... up to `last` (both inclusive), in virtual ms. A run
 * of one heartbeat has `first === last`. Months of 5-minute heartbeats are one run, not 8,640
 * numbers per month.
 */
export interface HeartbeatRun {
  readonly first: number;
  readonly last: number;
  readonly every: number;
}

/**
 * Adds the heartbeats `first`, `first + every`, ... `last` to `runs`, extending the last run when
 * they continue it. Heartbeats come in time order.
 */
export function addHeartbeats(runs: HeartbeatRun[], first: number, last: number, every: number): void {
  invariant(every > 0 && last >= first && (last - first) % every === 0, 'a heartbeat run is evenly spaced');
  const prev = runs.at(-1);
  invariant(prev === undefined || first >= prev.last, 'heartbeats come in time order');
  if (prev !== undefined && prev.every === every && first === prev.last + every)
    runs[runs.length - 1] = { first: prev.first, last, every };
  else runs.push({ first, last, every });
}

/** How many heartbeats the runs hold. */
export function heartbeatCount(runs: readonly HeartbeatRun[]): number {
  let n = 0;
  for (const run of runs) n += (run.last - run.first) / run.every + 1;
  return n;
}

/**
 * The heartbeat instants of the runs, in order, at most `limit` of them: for tests and short
 * spans (24 months of one machine are over 200,000 instants).
 */
export function heartbeatTimes(runs: readonly HeartbeatRun[], limit = Number.POSITIVE_INFINITY): number[] {
  const times: number[] = [];
  for (const run of runs)
    for (let t = run.first; t <= run.last && times.length < limit; t += run.every) times.push(t);
  return times;
}
