import { describe, expect, it } from 'vitest';
import { innerMap } from '../../simulators/shared/inner-map.js';

describe('innerMap', () => {
  it('makes the inner map once per key and hands the same one back after', () => {
    const outer = new WeakMap<object, Map<string, number>>();
    const a = {};
    const first = innerMap(outer, a);
    first.set('x', 1);
    expect(innerMap(outer, a)).toBe(first);
    expect(innerMap(outer, {})).not.toBe(first);
    expect(outer.get(a)?.get('x')).toBe(1);
  });

  it('works over a Map with primitive keys too', () => {
    const outer = new Map<string, Map<string, string>>();
    innerMap(outer, 'baseline').set('KB1', 'line');
    expect(innerMap(outer, 'baseline').get('KB1')).toBe('line');
    expect(outer.size).toBe(1);
  });
});
