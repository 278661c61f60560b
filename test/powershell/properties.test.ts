import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { formatForHost } from '../../simulators/powershell/index.js';
import { numberText } from '../../simulators/powershell/values/number-text.js';
import { run, useGrammar } from './helpers.js';

useGrammar();

/** Characters PowerShell treats as quotes besides ' and " (the grammar does not): left out. */
const SMART_QUOTES = /[\u2018\u2019\u201A\u201B\u201C\u201D\u201E]/;
const text = fc.string({ unit: 'grapheme', maxLength: 20 }).filter((s) => !SMART_QUOTES.test(s));
const word = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);

describe('script host properties', () => {
  test.prop([text], { numRuns: 60 })("a single-quoted string is its text, with '' for a quote", (s) => {
    expect(run(`'${s.replaceAll("'", "''")}'`).output).toEqual([s]);
  });

  test.prop([text.filter((s) => !/["$`]/.test(s))], { numRuns: 60 })(
    'a double-quoted string without $, ` or " is its text',
    (s) => {
      expect(run(`"${s}"`).output).toEqual([s]);
    },
  );

  test.prop([fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })], { numRuns: 60 })(
    'an integer reads, prints and converts back',
    (n) => {
      expect(run(`${n}; [string]${n} -as [int]; '${n}' -eq ${n}`).output).toEqual([n, n, true]);
    },
  );

  test.prop([fc.array(word, { minLength: 1, maxLength: 6 })], { numRuns: 40 })(
    '-join then -split gives the words back',
    (words) => {
      const list = words.map((w) => `'${w}'`).join(', ');
      expect(run(`(@(${list}) -join ',') -split ','`).output).toEqual(words);
    },
  );

  test.prop([fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 })], { numRuns: 40 })(
    'numeric comparisons agree with the numbers',
    (a, b) => {
      expect(run(`${a} -eq ${b}; ${a} -lt ${b}; ${a} -ge ${b}; ${a} - ${b}`).output).toEqual([
        a === b,
        a < b,
        a >= b,
        a - b,
      ]);
    },
  );

  test.prop([fc.integer({ min: 2, max: 5 })], { numRuns: 10 })(
    'every unambiguous prefix of a parameter binds it',
    (length) => {
      const [bound] = run(`Get-Thing a -${'Count'.slice(0, length)} 3`).output as readonly {
        get(name: string): unknown;
      }[];
      expect(bound?.get('Count')).toBe(3);
    },
  );
});

describe('formatting properties', () => {
  test.prop([fc.array(fc.stringMatching(/^[^\r\n]*$/), { maxLength: 8 })])(
    'strings print one per line',
    (values) => {
      expect(formatForHost(values)).toBe(values.join('\n'));
    },
  );

  // Below 1e300: .NET Framework prints Double.MaxValue as 1.79769313486232E+308, which does not read back.
  test.prop([fc.double({ min: -1e300, max: 1e300, noNaN: true })])(
    'a fraction prints with at most 15 significant digits and reads back close',
    (x) => {
      const printed = numberText(x);
      if (!Number.isInteger(x)) {
        const digits = printed.replace(/^-/, '').replace(/E.*$/, '').replace('.', '').replace(/^0+/, '');
        expect(digits.length).toBeLessThanOrEqual(15);
      }
      expect(Math.abs(Number(printed) - x)).toBeLessThanOrEqual(Math.abs(x) * 1e-14);
    },
  );
});
