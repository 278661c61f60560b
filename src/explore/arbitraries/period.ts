import fc from 'fast-check';
import { monthId } from '../../../simulators/windows-update/index.js';

/** A period as the generator draws it: the first month, and how many months follow it. */
export interface RawPeriod {
  readonly from: string;
  readonly extra: number;
}

const monthAt = (index: number): string => monthId(Math.floor(index / 12), (index % 12) + 1);
const indexOf = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthBetween = (first: string, last: string) =>
  fc.integer({ min: indexOf(first), max: indexOf(last) }).map(monthAt);

/**
 * A period: mostly a few months starting around October 2025 (the interesting region), sometimes
 * anywhere from mid-2024 (before the first hotpatch month) into the synthetic months of 2027.
 */
export const periodArbitrary: fc.Arbitrary<RawPeriod> = fc.record({
  from: fc.oneof(
    { withCrossShrink: true },
    { weight: 4, arbitrary: fc.constantFrom('2025-10', '2025-09', '2025-11') },
    { weight: 2, arbitrary: monthBetween('2025-06', '2026-01') },
    { weight: 1, arbitrary: monthBetween('2024-06', '2027-03') },
  ),
  extra: fc.oneof(
    { withCrossShrink: true },
    { weight: 4, arbitrary: fc.integer({ min: 2, max: 5 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 25 }) },
  ),
});

/** The period's months `from`..`to`, inclusive. */
export function periodOf(raw: RawPeriod): { from: string; to: string } {
  return { from: raw.from, to: monthAt(indexOf(raw.from) + raw.extra) };
}
