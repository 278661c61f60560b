import { describe, expect, it } from 'vitest';
import { parseIsoDuration } from '../../src/cli/iso-duration.js';

describe('ISO 8601 durations for /_harness/advance?by=', () => {
  it.each([
    ['PT10M', 600_000],
    ['pt10m', 600_000],
    ['PT1H30M', 5_400_000],
    ['P1D', 86_400_000],
    ['P1DT2H', 93_600_000],
    ['PT0.5S', 500],
    ['PT0S', 0],
  ])('%s is %i ms', (text, ms) => {
    expect(parseIsoDuration(text)).toBe(ms);
  });

  it.each(['', 'P', 'PT', '10m', 'P1M', 'P1W', 'P1Y', 'PT-1M', 'P1DT'])('%j is refused', (text) => {
    expect(parseIsoDuration(text)).toBeUndefined();
  });
});
