import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  isPlannedBaselineMonth,
  monthId,
  monthsBetween,
  nextMonth,
  patchTuesday,
} from '../../simulators/windows-update/index.js';
import { HOTPATCH_CALENDAR, REGULAR_LCUS } from './domain-tables.js';

describe('patchTuesday', () => {
  it.each(HOTPATCH_CALENDAR.map((r) => [r.month, r.date] as const))(
    'DOMAIN 5 calendar: the Patch Tuesday of %s is %s',
    (month, date) => {
      expect(patchTuesday(month)).toBe(date);
    },
  );

  it.each(REGULAR_LCUS.filter((r) => r.type === 'lcu').map((r) => [r.month, r.date] as const))(
    'DOMAIN 5 regular LCUs: the "B" release of %s comes out on Patch Tuesday, %s',
    (month, date) => {
      expect(patchTuesday(month)).toBe(date);
    },
  );

  it('DOMAIN 5: 2025-11 → 2025-11-11, 2025-10 → 2025-10-14, 2026-01 → 2026-01-13', () => {
    expect(patchTuesday('2025-11')).toBe('2025-11-11');
    expect(patchTuesday('2025-10')).toBe('2025-10-14');
    expect(patchTuesday('2026-01')).toBe('2026-01-13');
  });

  it('is the 8th when the month starts on a Tuesday, the 14th when it starts on a Wednesday', () => {
    expect(patchTuesday('2025-07')).toBe('2025-07-08'); // 2025-07-01 is a Tuesday
    expect(patchTuesday('2026-07')).toBe('2026-07-14'); // 2026-07-01 is a Wednesday
  });

  test.prop([fc.integer({ min: 1990, max: 2200 }), fc.integer({ min: 1, max: 12 })])(
    'is always the second Tuesday: a Tuesday between the 8th and the 14th of the month',
    (year, month) => {
      const date = patchTuesday(monthId(year, month));
      expect(date.slice(0, 7)).toBe(monthId(year, month));
      const day = Number(date.slice(8));
      expect(day).toBeGreaterThanOrEqual(8);
      expect(day).toBeLessThanOrEqual(14);
      expect(new Date(`${date}T00:00:00Z`).getUTCDay()).toBe(2);
    },
  );
});

describe('months', () => {
  it('monthId pads the month', () => {
    expect(monthId(2026, 1)).toBe('2026-01');
    expect(monthId(2025, 12)).toBe('2025-12');
  });

  it('nextMonth crosses December into January of the next year', () => {
    expect(nextMonth('2025-12')).toBe('2026-01');
    expect(nextMonth('2025-09')).toBe('2025-10');
    expect(nextMonth('2025-10')).toBe('2025-11');
    expect(nextMonth('1999-12')).toBe('2000-01');
  });

  it('monthsBetween lists every month, both ends included, across a year end', () => {
    expect(monthsBetween('2025-10', '2026-02')).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsBetween('2025-11', '2025-11')).toEqual(['2025-11']);
    expect(monthsBetween('2026-01', '2025-12')).toEqual([]);
    expect(monthsBetween('2024-11', '2026-06')).toHaveLength(20);
  });

  it.each([
    ['2025-01', true],
    ['2025-04', true],
    ['2025-07', true],
    ['2025-10', true],
    ['2025-02', false],
    ['2025-03', false],
    ['2025-05', false],
    ['2025-06', false],
    ['2025-08', false],
    ['2025-09', false],
    ['2025-11', false],
    ['2025-12', false],
  ] as const)('DOMAIN 5: %s is a planned baseline month: %s', (month, baseline) => {
    expect(isPlannedBaselineMonth(month)).toBe(baseline);
  });
});
