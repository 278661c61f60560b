import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseDmtf, toDmtf } from '../../simulators/cim/index.js';

describe('CIM datetimes', () => {
  it('writes DMTF text in UTC with microseconds', () => {
    expect(toDmtf(Date.parse('2025-11-12T03:04:05.678Z'))).toBe('20251112030405.678000+000');
  });

  it('reads the UTC offset in minutes', () => {
    expect(parseDmtf('20251112040405.000000+060')).toBe(Date.parse('2025-11-12T03:04:05Z'));
    expect(parseDmtf('20251111220405.000000-300')).toBe(Date.parse('2025-11-12T03:04:05Z'));
    expect(parseDmtf('2025-11-12')).toBeUndefined();
  });

  test.prop([fc.integer({ min: Date.parse('1970-01-01'), max: Date.parse('9999-12-31') })])(
    'reads back what it writes',
    (ms) => {
      expect(parseDmtf(toDmtf(ms))).toBe(ms);
    },
  );
});
