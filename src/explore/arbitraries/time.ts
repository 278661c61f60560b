import fc from 'fast-check';
import { isoTime, parseUtc } from '../../../simulators/shared/clock.js';
import { monthsBetween, nextMonth, patchTuesday } from '../../../simulators/windows-update/index.js';

/**
 * An event's time as drawn, before it is placed in the period: anywhere in the period, near a
 * Patch Tuesday's 18:00 UTC release, in the weeks of October-November 2025, near a baseline
 * month's Patch Tuesday, or minutes from another event (a fault just before a workaround, say).
 * Indexes wrap around what the period (or the timeline) has.
 */
export type RawTime =
  | { readonly anchor: 'any'; readonly month: number; readonly minute: number; readonly dateOnly: boolean }
  | { readonly anchor: 'patch-tuesday'; readonly month: number; readonly offset: number }
  | { readonly anchor: 'october-november-2025'; readonly minute: number }
  | { readonly anchor: 'baseline'; readonly pick: number; readonly offset: number }
  | { readonly anchor: 'near-event'; readonly pick: number; readonly offset: number };

const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;

/** Minutes around an instant: mostly exactly on it or within an hour or three days, sometimes a month. */
const offset = fc.oneof(
  { withCrossShrink: true },
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: -90, max: 90 }) },
  { weight: 3, arbitrary: fc.integer({ min: -3 * DAY_MINUTES, max: 3 * DAY_MINUTES }) },
  { weight: 1, arbitrary: fc.integer({ min: -30 * DAY_MINUTES, max: 30 * DAY_MINUTES }) },
);

/** An event time, biased towards the interesting region without excluding the rest of the period. */
export const timeArbitrary: fc.Arbitrary<RawTime> = fc.oneof(
  { withCrossShrink: true },
  {
    weight: 3,
    arbitrary: fc.record({
      anchor: fc.constant('any' as const),
      month: fc.nat(),
      minute: fc.nat(31 * DAY_MINUTES - 1),
      dateOnly: fc.boolean(),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ anchor: fc.constant('patch-tuesday' as const), month: fc.nat(), offset }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      anchor: fc.constant('october-november-2025' as const),
      minute: fc.nat(61 * DAY_MINUTES - 1),
    }),
  },
  { weight: 2, arbitrary: fc.record({ anchor: fc.constant('baseline' as const), pick: fc.nat(), offset }) },
  {
    weight: 3,
    arbitrary: fc.record({
      anchor: fc.constant('near-event' as const),
      pick: fc.nat(),
      offset: fc.integer({ min: -60, max: 60 }),
    }),
  },
);

const releaseAt = (month: string): number => parseUtc(`${patchTuesday(month)}T18:00`);

/**
 * Places a drawn time in the period `from`..`to` and writes it as a scenario `at`: a date-time to
 * the minute (`2025-11-11T18:00`), or a date. Times outside the period move into it. `others` are
 * the times already placed that a `near-event` time may be drawn near (none: the period's start).
 */
export function placeTime(
  raw: RawTime,
  period: { from: string; to: string },
  others: readonly string[] = [],
): string {
  const months = monthsBetween(period.from, period.to);
  const pick = (i: number): string => months[i % months.length] as string;
  const first = parseUtc(`${period.from}-01`);
  const end = parseUtc(`${nextMonth(period.to)}-01`);
  let at: number;
  if (raw.anchor === 'any') at = parseUtc(`${pick(raw.month)}-01`) + raw.minute * MINUTE;
  else if (raw.anchor === 'patch-tuesday') at = releaseAt(pick(raw.month)) + raw.offset * MINUTE;
  else if (raw.anchor === 'near-event') {
    const near = others[raw.pick % Math.max(others.length, 1)];
    at = (near === undefined ? first : parseUtc(near)) + raw.offset * MINUTE;
  } else if (raw.anchor === 'october-november-2025') {
    at = parseUtc('2025-10-01') + raw.minute * MINUTE;
    if (at < first || at >= end) at = first + ((raw.minute * MINUTE) % (end - first));
  } else {
    const baselines = months.filter((m) => ['01', '04', '07', '10'].includes(m.slice(5)));
    const month = baselines.length > 0 ? (baselines[raw.pick % baselines.length] as string) : pick(raw.pick);
    at = releaseAt(month) + raw.offset * MINUTE;
  }
  at = Math.min(Math.max(at, first), end - MINUTE);
  const text = isoTime(at).slice(0, 16);
  return raw.anchor === 'any' && raw.dateOnly ? text.slice(0, 10) : text;
}
