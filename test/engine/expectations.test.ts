import { describe, expect, it } from 'vitest';
import { checkExpectation } from '../../src/engine/expectations.js';
import type { MachineMonth } from '../../src/report/types.js';

const month: MachineMonth = {
  month: '2025-11',
  update: 'KB5068861',
  kind: 'lcu',
  restarts: 1,
  reasons: ['license-expired', 'off-baseline'],
};

describe('checkExpectation (DESIGN: expect entries)', () => {
  it('passes when every given field matches, reporting the actual values of those fields', () => {
    expect(checkExpectation({ month: '2025-11', machine: 'web', restarts: 1, kind: 'lcu' }, month)).toEqual({
      expect: { month: '2025-11', machine: 'web', restarts: 1, kind: 'lcu' },
      pass: true,
      actual: { restarts: 1, kind: 'lcu' },
    });
  });

  it('fails when one field differs', () => {
    const result = checkExpectation({ month: '2025-11', machine: 'web', restarts: 0, kind: 'lcu' }, month);
    expect(result.pass).toBe(false);
    expect(result.actual).toEqual({ restarts: 1, kind: 'lcu' });
  });

  it('compares reasons as a set, whatever their order', () => {
    expect(
      checkExpectation(
        { month: '2025-11', machine: 'web', reasons: ['off-baseline', 'license-expired'] },
        month,
      ).pass,
    ).toBe(true);
    expect(
      checkExpectation({ month: '2025-11', machine: 'web', reasons: ['license-expired'] }, month).pass,
    ).toBe(false);
  });

  it('matches update: null on a month with no release', () => {
    const none: MachineMonth = { month: '2025-11', update: null, kind: 'none', restarts: 0, reasons: [] };
    expect(
      checkExpectation({ month: '2025-11', machine: 'web', update: null, kind: 'none' }, none).pass,
    ).toBe(true);
    expect(checkExpectation({ month: '2025-11', machine: 'web', update: 'KB5068966' }, none)).toMatchObject({
      pass: false,
      actual: { update: null },
    });
  });

  it('fails when the machine or month is not in the report', () => {
    expect(checkExpectation({ month: '2025-11', machine: 'nope', restarts: 0 }, undefined)).toEqual({
      expect: { month: '2025-11', machine: 'nope', restarts: 0 },
      pass: false,
      actual: { restarts: null },
    });
  });
});
