import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compareNames, foldName } from '../../simulators/registry/index.js';

describe('foldName', () => {
  it('upper-cases ASCII names', () => {
    expect(foldName('CurrentControlSet')).toBe('CURRENTCONTROLSET');
    expect(foldName('a-b_c.1')).toBe('A-B_C.1');
  });

  it('upper-cases non-ASCII letters that have a one-unit capital', () => {
    expect(foldName('ä')).toBe('Ä');
    expect(foldName('Grüße')).toBe('GRÜßE');
    expect(foldName('ωмега')).toBe('ΩМЕГА');
  });

  it("keeps characters whose capital would be longer, as Windows never expands one ('ß', 'ŉ')", () => {
    expect(foldName('ß')).toBe('ß');
    expect(foldName('straße')).toBe('STRAßE');
    expect(foldName('ŉ')).toBe('ŉ');
  });

  it('leaves characters outside the Basic Multilingual Plane alone (the kernel folds single UTF-16 units)', () => {
    // DESERET SMALL LETTER LONG I has a capital in Unicode, but it is a surrogate pair.
    expect(foldName('\u{10428}')).toBe('\u{10428}');
    expect(foldName('a\u{10428}b')).toBe('A\u{10428}B');
    expect(foldName('\ud800x')).toBe('\ud800X');
  });
});

describe('compareNames', () => {
  it('orders by the upper-cased form, so case does not matter', () => {
    expect(['Zeta', 'alpha', 'Beta'].sort(compareNames)).toEqual(['alpha', 'Beta', 'Zeta']);
    expect(compareNames('abc', 'ABC')).toBe(0);
    expect(compareNames('Ä', 'ä')).toBe(0);
  });

  it("puts letters before '_' as RegEnumKeyEx does (upper-cased 'A' is 0x41, '_' is 0x5F)", () => {
    expect(compareNames('a', '_')).toBeLessThan(0);
    expect(compareNames('_', 'a')).toBeGreaterThan(0);
  });

  it('is a proper ordering', () => {
    expect(compareNames('a', 'ab')).toBeLessThan(0);
    expect(compareNames('B', 'a')).toBeGreaterThan(0);
  });

  test.prop([fc.string(), fc.string()], { numRuns: 200 })(
    'is antisymmetric and zero exactly when the folds agree',
    (a, b) => {
      expect(Math.sign(compareNames(a, b))).toBe(0 - Math.sign(compareNames(b, a)) || 0);
      expect(compareNames(a, b) === 0).toBe(foldName(a) === foldName(b));
    },
  );
});
