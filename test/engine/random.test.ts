import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { Random } from '../../src/engine/random.js';

const draws = (r: Random, n: number): number[] => Array.from({ length: n }, () => r.next());

describe('Random', () => {
  test.prop([fc.nat(), fc.string()])('the same seed and name give the same sequence', (seed, name) => {
    expect(draws(Random.fromSeed(seed).split(name), 20)).toEqual(
      draws(Random.fromSeed(seed).split(name), 20),
    );
  });

  test.prop([fc.nat(), fc.string(), fc.string()])(
    'different names give different sequences',
    (seed, a, b) => {
      fc.pre(a !== b);
      expect(draws(Random.fromSeed(seed).split(a), 4)).not.toEqual(draws(Random.fromSeed(seed).split(b), 4));
    },
  );

  test.prop([fc.nat(), fc.nat()])('different seeds give different sequences for the same name', (s1, s2) => {
    fc.pre(s1 !== s2);
    expect(draws(Random.fromSeed(s1).split('machine/web/license'), 4)).not.toEqual(
      draws(Random.fromSeed(s2).split('machine/web/license'), 4),
    );
  });

  test.prop([fc.nat(), fc.nat({ max: 50 }), fc.array(fc.string(), { minLength: 1, maxLength: 6 })])(
    'a split stream does not depend on the draws or splits made before it',
    (seed, drawsBefore, names) => {
      const fresh = draws(Random.fromSeed(seed).split('target'), 10);
      const root = Random.fromSeed(seed);
      draws(root, drawsBefore);
      for (const name of names) draws(root.split(name), 3);
      expect(draws(root.split('target'), 10)).toEqual(fresh);
    },
  );

  it('drawing from a split stream does not move its parent', () => {
    const a = Random.fromSeed(7);
    const b = Random.fromSeed(7);
    draws(a.split('x'), 100);
    expect(draws(a, 10)).toEqual(draws(b, 10));
  });

  it('splits nest by path: a split of a split is its own stream, the same every time', () => {
    const nested = () => draws(Random.fromSeed(3).split('machine').split('web'), 5);
    expect(nested()).toEqual(nested());
    expect(nested()).not.toEqual(draws(Random.fromSeed(3).split('machine'), 5));
    expect(nested()).not.toEqual(draws(Random.fromSeed(3).split('web'), 5));
  });

  test.prop([fc.nat(), fc.string()])('next() lies in [0, 1)', (seed, name) => {
    for (const x of draws(Random.fromSeed(seed).split(name), 50)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  test.prop([fc.nat()])('chance(0) is never true, chance(1) always', (seed) => {
    const r = Random.fromSeed(seed);
    for (let i = 0; i < 20; i++) {
      expect(r.chance(0)).toBe(false);
      expect(r.chance(1)).toBe(true);
    }
  });

  it('chance(0.5) comes out true about half the time over many named streams', () => {
    const root = Random.fromSeed(20251111);
    const hits = Array.from({ length: 2000 }, (_, i) => root.split(`m${i}`).chance(0.5)).filter(
      Boolean,
    ).length;
    // Binomial(2000, 0.5): mean 1000, sd about 22; 150 is more than six sd.
    expect(hits).toBeGreaterThan(850);
    expect(hits).toBeLessThan(1150);
  });
});
