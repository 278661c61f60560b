import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { mergeOrderedEvents, NO_PLACE } from '../../src/report/merge-events.js';
import type { ReportEvent } from '../../src/report/types.js';

/** Machines m0..m5 have places 0..5; `ghost` is in no fleet (an `expect` on a missing machine). */
const place = (machine: string) => (machine === 'ghost' ? Number.MAX_SAFE_INTEGER : Number(machine.slice(1)));
const byReportOrder = (a: ReportEvent, b: ReportEvent) =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : place(a.machine) - place(b.machine);

const eventArbitrary = fc.record({
  at: fc.constantFrom('2025-01-14T18:00:00Z', '2025-01-14T18:05:00Z', '2025-02-11T18:00:00Z'),
  machine: fc.constantFrom('m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'ghost'),
  type: fc.constant('restart' as const),
  detail: fc.string({ maxLength: 3 }),
});

describe('mergeOrderedEvents', () => {
  test.prop([fc.array(eventArbitrary, { maxLength: 40 }), fc.integer({ min: 1, max: 4 })])(
    'gives what a stable sort of the lists one after the other gives',
    (events, count) => {
      // Each machine lives in one list (as in one shard); the ghost's events are spread over all.
      const lists: ReportEvent[][] = Array.from({ length: count }, () => []);
      events.forEach((event, i) => {
        const list = event.machine === 'ghost' ? i % count : place(event.machine) % count;
        lists[list]?.push(event);
      });
      const ordered = lists.map((list) => [...list].sort(byReportOrder));
      const merged = mergeOrderedEvents(ordered, place);
      expect(merged).toEqual(ordered.flat().sort(byReportOrder));
      // Same objects, each once: nothing copied, nothing lost.
      expect(new Set(merged).size).toBe(events.length);
    },
  );

  test('an empty list and no lists at all merge to nothing extra', () => {
    const one: ReportEvent = { at: '2025-01-14T18:00:00Z', machine: 'm1', type: 'restart', detail: '' };
    expect(mergeOrderedEvents([], place)).toEqual([]);
    expect(mergeOrderedEvents([[], [one], []], place)).toEqual([one]);
  });
});

describe('mergeOrderedEvents with places a count cannot take', () => {
  const ev = (machine: string, detail: string): ReportEvent => ({
    at: '2025-01-14T18:00:00Z',
    machine,
    type: 'restart',
    detail,
  });

  test.prop([
    fc.array(fc.record({ list: fc.nat(2), place: fc.oneof(fc.double({ noNaN: true }), fc.integer()) }), {
      maxLength: 30,
    }),
  ])('fractions, negatives and huge places sort as a comparison would', (drawn) => {
    const places = new Map(drawn.map((d, i) => [`x${i}`, d.place]));
    const lists: ReportEvent[][] = [[], [], []];
    drawn.forEach((d, i) => {
      lists[d.list]?.push(ev(`x${i}`, String(i)));
    });
    const place = (machine: string) => places.get(machine) ?? NO_PLACE;
    const byPlace = (a: ReportEvent, b: ReportEvent) =>
      place(a.machine) < place(b.machine) ? -1 : place(a.machine) > place(b.machine) ? 1 : 0;
    const ordered = lists.map((list) => [...list].sort(byPlace));
    expect(mergeOrderedEvents(ordered, place)).toEqual(ordered.flat().sort(byPlace));
  });

  test('an event with no machine or no instant is still placed: after every machine', () => {
    const lost = { at: '2025-01-14T18:00:00Z', type: 'restart', detail: 'u' } as unknown as ReportEvent;
    const found = ev('m1', 'm');
    const only = (machine: string) => (machine === 'm1' ? 1 : NO_PLACE);
    expect(mergeOrderedEvents([[lost], [found]], only)).toEqual([found, lost]);
  });
});
