import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../src/explore/property-runs.js';

describe('HOTPATCH_PROPERTY_RUNS', () => {
  it('is the run count when set, the suite default otherwise', () => {
    expect(propertyRuns(150, { env: {} })).toBe(150);
    expect(propertyRuns(150, { env: { HOTPATCH_PROPERTY_RUNS: '' } })).toBe(150);
    expect(propertyRuns(150, { env: { HOTPATCH_PROPERTY_RUNS: '10000' } })).toBe(10_000);
  });

  it('gives heavy suites their fraction of it, never fewer than their default', () => {
    expect(propertyRuns(8, { fraction: 0.01, env: { HOTPATCH_PROPERTY_RUNS: '10000' } })).toBe(100);
    expect(propertyRuns(8, { fraction: 0.01, env: { HOTPATCH_PROPERTY_RUNS: '300' } })).toBe(8);
  });

  it('refuses anything but a positive integer, naming the variable', () => {
    for (const bad of ['0', '-5', '1e4', 'many', '12.5'])
      expect(() => propertyRuns(150, { env: { HOTPATCH_PROPERTY_RUNS: bad } })).toThrow(
        `HOTPATCH_PROPERTY_RUNS: expected a positive integer, got "${bad}"`,
      );
  });
});
