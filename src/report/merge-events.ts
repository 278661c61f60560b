import type { ReportEvent } from './types.js';

/** The place of an event whose machine has none: after every machine of the fleet. */
export const NO_PLACE = Number.MAX_SAFE_INTEGER;

/**
 * Each instant's rank in string order, the order report events are sorted by. A list's events
 * share a few instants, one after the other, so each list is looked at only where its instant changes.
 */
function instantRanks(lists: ReadonlyArray<readonly ReportEvent[]>): Map<string, number> {
  const instants = new Set<string>();
  for (const list of lists) {
    let last: string | undefined;
    for (const event of list) {
      if (event.at === last) continue;
      last = event.at;
      instants.add(last);
    }
  }
  const sorted = [...instants].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(sorted.map((at, rank) => [at, rank]));
}

/**
 * A stable counting sort of `order` by `key` (whole numbers below `range`): equal keys keep their
 * order. Index loops over typed arrays: this runs over millions of events.
 */
function countingSort(order: Uint32Array, key: Uint32Array, range: number): Uint32Array {
  const starts = new Uint32Array(range + 1);
  for (let j = 0; j < order.length; j++) {
    const k = (key[order[j] as number] as number) + 1;
    starts[k] = (starts[k] as number) + 1;
  }
  for (let k = 1; k <= range; k++) starts[k] = (starts[k] as number) + (starts[k - 1] as number);
  const sorted = new Uint32Array(order.length);
  for (let j = 0; j < order.length; j++) {
    const i = order[j] as number;
    const k = key[i] as number;
    sorted[starts[k] as number] = i;
    starts[k] = (starts[k] as number) + 1;
  }
  return sorted;
}

/**
 * Interleaves event lists that are each in report order (time, then place in the fleet) into one
 * list in report order, as a stable sort of their concatenation would (so events of one machine at
 * one instant keep their order, and events of machines with no place keep the lists' order). Two
 * counting sorts, by place and then by instant, make it O(n + fleet + instants), however many lists.
 * `place` (a whole number from 0, or {@link NO_PLACE}) is asked with the list the event is in, so
 * a caller can answer from that list's machines.
 */
export function mergeOrderedEvents(
  lists: ReadonlyArray<readonly ReportEvent[]>,
  place: (machine: string, list: number) => number,
): ReportEvent[] {
  const ranks = instantRanks(lists);
  let total = 0;
  for (const list of lists) total += list.length;
  // One pass over every event, list by list: the events in order, each one's instant rank and place.
  const all: ReportEvent[] = new Array(total);
  const rank = new Uint32Array(total);
  const where = new Float64Array(total);
  let i = 0;
  let last = 0;
  for (let l = 0; l < lists.length; l++) {
    let lastAt: string | undefined;
    let lastMachine: string | undefined;
    let at = 0;
    let p = 0;
    for (const event of lists[l] as readonly ReportEvent[]) {
      if (event.at !== lastAt) {
        lastAt = event.at;
        at = ranks.get(lastAt) ?? 0;
      }
      if (event.machine !== lastMachine) {
        lastMachine = event.machine;
        p = place(lastMachine, l);
        if (p !== NO_PLACE && p > last) last = p;
      }
      all[i] = event;
      rank[i] = at;
      where[i] = p;
      i++;
    }
  }
  const placeKey = new Uint32Array(total);
  const identity = new Uint32Array(total);
  for (let j = 0; j < total; j++) {
    const p = where[j] as number;
    placeKey[j] = p === NO_PLACE ? last + 1 : p;
    identity[j] = j;
  }
  const order = countingSort(countingSort(identity, placeKey, last + 2), rank, ranks.size);
  const merged: ReportEvent[] = new Array(total);
  for (let j = 0; j < total; j++) merged[j] = all[order[j] as number] as ReportEvent;
  return merged;
}
