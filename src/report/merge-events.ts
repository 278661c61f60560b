import type { ReportEvent } from './types.js';

/** The next event of one list, with the key it is ordered by. */
interface Head {
  readonly list: number;
  index: number;
  /** The event's instant's rank among all the instants of the lists. */
  at: number;
  place: number;
}

/** Report order: time, then place in the fleet, then the list (for events of unknown machines). */
const before = (a: Head, b: Head): boolean =>
  a.at !== b.at ? a.at < b.at : a.place !== b.place ? a.place < b.place : a.list < b.list;

/**
 * Each instant's rank in string order, the order report events are sorted by: the heap then
 * compares numbers. A list's events share a few instants, one after the other, so each list is
 * looked at only where its instant changes.
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
 * Interleaves event lists that are each in report order (time, then place in the fleet) into one
 * list in report order, as sorting their concatenation would, in O(n log k) for k lists: a shard
 * holds whole machines, so events of one machine at one instant all come from one list, in order.
 */
export function mergeOrderedEvents(
  lists: ReadonlyArray<readonly ReportEvent[]>,
  place: (machine: string) => number,
): ReportEvent[] {
  const heap: Head[] = [];
  const ranks = instantRanks(lists);
  const load = (head: Head): boolean => {
    const event = lists[head.list]?.[head.index];
    if (!event) return false;
    head.at = ranks.get(event.at) ?? 0;
    head.place = place(event.machine);
    return true;
  };
  lists.forEach((_, list) => {
    const head: Head = { list, index: 0, at: 0, place: 0 };
    if (load(head)) heap.push(head);
  });
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(heap, i);
  const merged: ReportEvent[] = [];
  while (heap.length > 0) {
    const top = heap[0] as Head;
    merged.push((lists[top.list] as readonly ReportEvent[])[top.index] as ReportEvent);
    top.index++;
    if (!load(top)) {
      const last = heap.pop() as Head;
      if (heap.length === 0) break;
      heap[0] = last;
    }
    siftDown(heap, 0);
  }
  return merged;
}

function siftDown(heap: Head[], from: number): void {
  for (let i = from; ; ) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < heap.length && before(heap[l] as Head, heap[m] as Head)) m = l;
    if (r < heap.length && before(heap[r] as Head, heap[m] as Head)) m = r;
    if (m === i) return;
    [heap[i], heap[m]] = [heap[m] as Head, heap[i] as Head];
    i = m;
  }
}
