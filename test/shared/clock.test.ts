import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isoTime, ManualClock, parseUtc } from '../../simulators/shared/clock.js';
import { InvariantError } from '../../simulators/shared/invariant.js';

describe('parseUtc', () => {
  it('reads a date as midnight UTC', () => {
    expect(parseUtc('2025-10-23')).toBe(Date.UTC(2025, 9, 23));
  });

  it('reads a date-time without a zone as UTC', () => {
    expect(parseUtc('2025-11-03T22:00')).toBe(Date.UTC(2025, 10, 3, 22, 0));
    expect(parseUtc('2025-11-03T22:00:30.250')).toBe(Date.UTC(2025, 10, 3, 22, 0, 30, 250));
  });

  it('honours an explicit zone', () => {
    expect(parseUtc('2025-11-03T22:00+02:00')).toBe(Date.UTC(2025, 10, 3, 20, 0));
    expect(parseUtc('2025-11-03T22:00-05:30')).toBe(Date.UTC(2025, 10, 4, 3, 30));
    expect(parseUtc('2025-11-03T22:00Z')).toBe(Date.UTC(2025, 10, 3, 22, 0));
  });

  it.each([
    'yesterday',
    '2025-13-01',
    '2025-11-03 22:00',
    '2025-11-03T25:00',
    '2025-11-03T22:00+02:00 ',
    '25-11-03',
    '',
  ])('rejects %j, naming the text', (text) => {
    expect(() => parseUtc(text)).toThrow(InvariantError);
    expect(() => parseUtc(text)).toThrow(`[hotpatch-harness] not an ISO date or date-time: ${text}`);
  });

  it.each(['2025-02-29', '2025-02-30', '2025-04-31', '2025-11-31T10:00', '2025-06-31T10:00+02:00'])(
    'rejects %s, a day the month does not have',
    (text) => {
      expect(() => parseUtc(text)).toThrow(`[hotpatch-harness] not an ISO date or date-time: ${text}`);
    },
  );

  it('accepts the 29th of February in a leap year', () => {
    expect(parseUtc('2028-02-29')).toBe(Date.UTC(2028, 1, 29));
  });

  test.prop([
    fc.date({
      min: new Date('1970-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    }),
  ])('reads back what isoTime prints', (date) => {
    expect(parseUtc(isoTime(date.getTime()))).toBe(date.getTime());
    expect(parseUtc(isoTime(date.getTime()).slice(0, 10))).toBe(
      Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()),
    );
  });
});

describe('isoTime', () => {
  it('prints UTC with milliseconds', () => {
    expect(isoTime(Date.UTC(2025, 10, 11))).toBe('2025-11-11T00:00:00.000Z');
  });
});

describe('ManualClock', () => {
  it('starts at a number or a parsed text', () => {
    expect(new ManualClock(1234).now()).toBe(1234);
    expect(new ManualClock('2025-10-23').now()).toBe(Date.UTC(2025, 9, 23));
    expect(() => new ManualClock('2025-10-32')).toThrow(
      '[hotpatch-harness] not an ISO date or date-time: 2025-10-32',
    );
  });

  it('moves only when told, forwards by advance and set', () => {
    const clock = new ManualClock('2025-10-23');
    const start = clock.now();
    expect(clock.now()).toBe(start);
    clock.advance(60_000);
    expect(clock.now()).toBe(start + 60_000);
    clock.set('2025-11-11T18:00');
    expect(clock.now()).toBe(Date.UTC(2025, 10, 11, 18));
    clock.set(clock.now());
    expect(clock.now()).toBe(Date.UTC(2025, 10, 11, 18));
    clock.advance(0);
    expect(clock.now()).toBe(Date.UTC(2025, 10, 11, 18));
  });

  it('refuses to go backwards and stays where it was', () => {
    const clock = new ManualClock(2000);
    expect(() => clock.set(1999)).toThrow(InvariantError);
    expect(() => clock.set(1999)).toThrow('[hotpatch-harness] virtual time cannot go back from 2000 to 1999');
    expect(() => clock.advance(-1)).toThrow(
      '[hotpatch-harness] virtual time cannot go back from 2000 to 1999',
    );
    expect(() => clock.set('1970-01-01')).toThrow(
      '[hotpatch-harness] virtual time cannot go back from 2000 to 0',
    );
    expect(clock.now()).toBe(2000);
  });

  test.prop([fc.nat(), fc.array(fc.nat({ max: 10 ** 9 }))])(
    'is the start plus every step',
    (start, steps) => {
      const clock = new ManualClock(start);
      for (const step of steps) clock.advance(step);
      expect(clock.now()).toBe(start + steps.reduce((a, b) => a + b, 0));
    },
  );
});
