import { describe, expect, it } from 'vitest';
import { monthAxisLabel, niceScale, svgNumber } from '../../src/report/chart-scale.js';
import { formatCount, formatUsd } from '../../src/report/format-number.js';
import { gridCellCode } from '../../src/report/grid-cell.js';
import { escapeHtml } from '../../src/report/html-escape.js';
import { monthColumns } from '../../src/report/months.js';
import { orderedReasons } from '../../src/report/reasons.js';
import { smallReport } from './fixture.js';

describe('formatUsd', () => {
  it.each([
    [0, 'US$0.00'],
    [1.5, 'US$1.50'],
    [1234.5, 'US$1,234.50'],
    [1234567.891, 'US$1,234,567.89'],
    [999.999, 'US$1,000.00'],
    [-12, '-US$12.00'],
    [-0.001, 'US$0.00'],
    [Number.NaN, 'n/a'],
  ])('writes %d as %s', (amount, text) => {
    expect(formatUsd(amount)).toBe(text);
  });

  it('drops the cents when asked', () => {
    expect(formatUsd(12500, 0)).toBe('US$12,500');
  });
});

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [2345, '2,345'],
    [-1234567, '-1,234,567'],
    [1.5, '1.5'],
  ])('writes %d as %s', (count, text) => {
    expect(formatCount(count)).toBe(text);
  });
});

describe('gridCellCode', () => {
  it.each([
    [{ kind: 'lcu', restarts: 1 }, 'L1'],
    [{ kind: 'hotpatch', restarts: 0 }, 'H'],
    [{ kind: 'baseline', restarts: 1 }, 'B1'],
    [{ kind: 'none', restarts: 0 }, '-'],
    [{ kind: 'baseline', restarts: 12 }, 'B12'],
  ] as const)('writes %j as %s', (month, code) => {
    expect(gridCellCode({ month: '2025-11', update: null, reasons: [], ...month })).toBe(code);
  });

  it('leaves a month without data empty', () => {
    expect(gridCellCode(undefined)).toBe('');
  });
});

describe('escapeHtml', () => {
  it('turns markup into entities and controls into U+FFFD', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>\u0000\t`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;\ufffd\t',
    );
  });
});

describe('niceScale', () => {
  it.each([
    [0, true, [0, 1]],
    [3, true, [0, 1, 2, 3]],
    [7, true, [0, 2, 4, 6, 8]],
    [45, true, [0, 20, 40, 60]],
    [1294.5, false, [0, 500, 1000, 1500]],
    [0.3, false, [0, 0.1, 0.2, 0.3]],
  ])('scales a peak of %d (integer %s) with ticks %j', (max, integer, ticks) => {
    expect(niceScale(max, integer).ticks).toEqual(ticks);
  });
});

describe('svgNumber', () => {
  it('rounds to two decimals without trailing zeros or -0', () => {
    expect([svgNumber(73.33333), svgNumber(12.5), svgNumber(-0.001), svgNumber(40)]).toEqual([
      '73.33',
      '12.5',
      '0',
      '40',
    ]);
  });
});

describe('monthAxisLabel', () => {
  it('names the month in English and shows the year on the first column and in January', () => {
    expect(monthAxisLabel('2025-10', 0)).toEqual({ name: 'Oct', year: '2025' });
    expect(monthAxisLabel('2025-11', 1)).toEqual({ name: 'Nov', year: '' });
    expect(monthAxisLabel('2026-01', 3)).toEqual({ name: 'Jan', year: '2026' });
    expect(monthAxisLabel('someday', 2)).toEqual({ name: 'someday', year: '' });
  });
});

describe('orderedReasons', () => {
  it('lists known codes in canonical order, then unknown ones', () => {
    expect(orderedReasons({ zeta: 1, requested: 2, baseline: 3, alpha: 4 })).toEqual([
      ['baseline', 3],
      ['requested', 2],
      ['alpha', 4],
      ['zeta', 1],
    ]);
  });
});

describe('monthColumns', () => {
  it('takes the fleet months, then any month only a machine has', () => {
    const report = smallReport();
    report.machines[0]?.months.push({
      month: '2026-01',
      update: null,
      kind: 'none',
      restarts: 0,
      reasons: [],
    });
    expect(monthColumns(report)).toEqual(['2025-10', '2025-11', '2025-12', '2026-01']);
  });
});
