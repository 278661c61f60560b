import type { ReportEvent } from './types.js';

/** The place of an event whose machine has none: after every machine of the fleet. */
export const NO_PLACE = Number.MAX_SAFE_INTEGER;

/** No event's field: what a run's cache starts from, so that even an absent field is looked up. */
const UNSEEN = Symbol('unseen');

/**
 * A list's events' sort keys, worked out where the events were at hand (a worker's batch, as it
 * is unpacked): each event's instant, as a number in an {@link InstantTable}, and its machine's
 * position in its report's machine list (-1 for a machine not in it).
 */
export interface EventKeys {
  readonly instants: InstantTable;
  readonly at: Uint32Array;
  readonly machine: Int32Array;
}

/** The instants of a run's events, numbered as first met; ranked in string order once, at the merge. */
export class InstantTable {
  readonly #ids = new Map<string, number>();
  readonly #texts: string[] = [];

  /** The instant's number. */
  id(text: string): number {
    let id = this.#ids.get(text);
    if (id === undefined) {
      id = this.#texts.push(text) - 1;
      this.#ids.set(text, id);
    }
    return id;
  }

  /** Each instant's rank in string order (the order report events are sorted by), by its number. */
  ranks(): Uint32Array {
    const byText = this.#texts.map((text, id) => ({ text, id }));
    byText.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    const ranks = new Uint32Array(byText.length);
    byText.forEach(({ id }, rank) => {
      ranks[id] = rank;
    });
    return ranks;
  }
}

/**
 * A stable counting sort of `order` (all the events, by number) by `key` (whole numbers below
 * `range`, by event): equal keys keep their order. Index loops over typed arrays: this runs over
 * millions of events.
 */
function countingSort(order: Uint32Array | undefined, key: Uint32Array, range: number): Uint32Array {
  const total = key.length;
  const starts = new Uint32Array(range + 1);
  for (let j = 0; j < total; j++) {
    const k = (key[j] as number) + 1;
    starts[k] = (starts[k] as number) + 1;
  }
  for (let k = 1; k <= range; k++) starts[k] = (starts[k] as number) + (starts[k - 1] as number);
  const sorted = new Uint32Array(total);
  for (let j = 0; j < total; j++) {
    // Without an order, the events' own: event j.
    const i = order === undefined ? j : (order[j] as number);
    const k = key[i] as number;
    sorted[starts[k] as number] = i;
    starts[k] = (starts[k] as number) + 1;
  }
  return sorted;
}

/** The events' order by two stable counting sorts: by place (NO_PLACE after `last`), then by instant rank. */
function countedOrder(rank: Uint32Array, where: Float64Array, instants: number, last: number): Uint32Array {
  const total = rank.length;
  const placeKey = new Uint32Array(total);
  for (let j = 0; j < total; j++) {
    const p = where[j] as number;
    placeKey[j] = p === NO_PLACE ? last + 1 : p;
  }
  return countingSort(countingSort(undefined, placeKey, last + 2), rank, instants);
}

/** The same order by comparison, for places a count cannot take (fractions, negatives, huge numbers). */
function comparedOrder(rank: Uint32Array, where: Float64Array): Uint32Array {
  const order = Array.from({ length: rank.length }, (_, j) => j);
  order.sort((a, b) => {
    const byRank = (rank[a] as number) - (rank[b] as number);
    if (byRank !== 0) return byRank;
    const pa = where[a] as number;
    const pb = where[b] as number;
    return pa < pb ? -1 : pa > pb ? 1 : a - b;
  });
  return Uint32Array.from(order);
}

/**
 * The events of the lists, one after the other, in report order: by instant rank, then place
 * (NO_PLACE last), then where they were (a stable sort). Two counting sorts, by place and then by
 * instant: O(events + fleet + instants), however many lists.
 */
function inReportOrder(
  lists: ReadonlyArray<readonly ReportEvent[]>,
  rank: Uint32Array,
  where: Float64Array,
  instants: number,
): ReportEvent[] {
  const total = rank.length;
  let last = 0;
  let countable = true;
  for (let j = 0; j < total; j++) {
    const p = where[j] as number;
    if (p === NO_PLACE) continue;
    // A fleet's places: whole numbers from 0, not many more than the events (else a count per place costs too much).
    if (!Number.isInteger(p) || p < 0 || p > 4 * total + 1024) countable = false;
    else if (p > last) last = p;
  }
  return gathered(lists, countable ? countedOrder(rank, where, instants, last) : comparedOrder(rank, where));
}

/** The events of the lists, taken one after the other, in `order` (numbers of that concatenation). */
function gathered(lists: ReadonlyArray<readonly ReportEvent[]>, order: Uint32Array): ReportEvent[] {
  const total = order.length;
  // Where each event starts, list by list: event j is lists[l][j - starts[l]].
  const listOf = new Uint32Array(total);
  const starts = new Uint32Array(lists.length);
  let at = 0;
  lists.forEach((list, l) => {
    starts[l] = at;
    listOf.fill(l, at, at + list.length);
    at += list.length;
  });
  const merged: ReportEvent[] = new Array(total);
  for (let j = 0; j < total; j++) {
    const e = order[j] as number;
    const l = listOf[e] as number;
    merged[j] = (lists[l] as readonly ReportEvent[])[e - (starts[l] as number)] as ReportEvent;
  }
  return merged;
}

/**
 * Interleaves event lists that are each in report order (time, then place in the fleet) into one
 * list in report order, as a stable sort of their concatenation would: events of one machine at
 * one instant keep their order, and events of machines with no place keep the lists' order.
 * `place` (a whole number from 0, or {@link NO_PLACE}) is asked with the list the event is in, so
 * a caller can answer from that list's machines.
 */
export function mergeOrderedEvents(
  lists: ReadonlyArray<readonly ReportEvent[]>,
  place: (machine: string, list: number) => number,
): ReportEvent[] {
  const instants = new InstantTable();
  let total = 0;
  for (const list of lists) total += list.length;
  const at = new Uint32Array(total);
  const where = new Float64Array(total);
  let i = 0;
  for (let l = 0; l < lists.length; l++) {
    // A list's events come in runs of one instant and of one machine: each is looked up once a run.
    let lastAt: unknown = UNSEEN;
    let lastMachine: unknown = UNSEEN;
    let id = 0;
    let p = 0;
    for (const event of lists[l] as readonly ReportEvent[]) {
      if (event.at !== lastAt) {
        lastAt = event.at;
        id = instants.id(event.at);
      }
      if (event.machine !== lastMachine) {
        lastMachine = event.machine;
        p = place(event.machine, l);
      }
      at[i] = id;
      where[i] = p;
      i++;
    }
  }
  const ranks = instants.ranks();
  for (let j = 0; j < total; j++) at[j] = ranks[at[j] as number] as number;
  return inReportOrder(lists, at, where, ranks.length);
}

/**
 * {@link mergeOrderedEvents} for the event lists of the w parts of a merge, in part order, whose
 * keys were worked out beforehand, all in one {@link InstantTable}. Machine m of part k has place
 * k + m·w (the parts deal the fleet round-robin), so at one instant report order is by m, then by
 * part: a counting sort by m (a batch's few dozen machines) and one by instant put the events in
 * order without reading one. An event naming a machine outside its part's report is placed by
 * `elsewhere`; if that is a machine of the fleet, every event is placed by its place instead.
 */
export function mergeKeyedEvents(
  lists: ReadonlyArray<readonly ReportEvent[]>,
  keys: readonly EventKeys[],
  elsewhere: (machine: string) => number,
): ReportEvent[] {
  const w = lists.length;
  const ranks = (keys[0]?.instants ?? new InstantTable()).ranks();
  let total = 0;
  for (const list of lists) total += list.length;
  const rank = new Uint32Array(total);
  // Machines' positions; an event of no machine sorts after every machine (0xffffffff until the
  // largest position is known), in the lists' order (the concatenation's).
  const position = new Uint32Array(total);
  let most = 0;
  let dealt = true;
  let i = 0;
  keys.forEach((k, l) => {
    for (let j = 0; j < k.at.length; j++, i++) {
      rank[i] = ranks[k.at[j] as number] as number;
      const m = k.machine[j] as number;
      position[i] = m;
      if (m > most) most = m;
      else if (m < 0 && elsewhere((lists[l] as readonly ReportEvent[])[j]?.machine as string) !== NO_PLACE)
        dealt = false;
    }
  });
  if (!dealt) {
    const where = new Float64Array(total);
    let e = 0;
    keys.forEach((k, l) => {
      for (let j = 0; j < k.at.length; j++, e++) {
        const m = k.machine[j] as number;
        where[e] = m < 0 ? elsewhere((lists[l] as readonly ReportEvent[])[j]?.machine as string) : l + m * w;
      }
    });
    return inReportOrder(lists, rank, where, ranks.length);
  }
  for (let j = 0; j < total; j++) if (position[j] === 0xffffffff) position[j] = most + 1;
  return gathered(lists, countingSort(countingSort(undefined, position, most + 2), rank, ranks.length));
}
