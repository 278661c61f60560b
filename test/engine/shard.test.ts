import { describe, expect, it } from 'vitest';
import { allShards, inShard, machinesIn, parseShard, slicesOf } from '../../src/engine/shard.js';

describe('shards', () => {
  it('parses k/n with 1 <= k <= n and nothing else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '2/0', '2', 'a/b', '2/4/1']) expect(parseShard(bad)).toBeUndefined();
  });

  it('deals places round-robin, and counts what a shard gets', () => {
    const fleet = 10;
    for (const shard of allShards(3)) {
      const places = Array.from({ length: fleet }, (_, p) => p).filter((p) => inShard(p, shard));
      expect(places).toHaveLength(machinesIn(shard, fleet));
    }
    expect(allShards(3).map((s) => machinesIn(s, fleet))).toEqual([4, 3, 3]);
    expect(machinesIn({ index: 5, count: 8 }, 3)).toBe(0);
    expect(machinesIn(undefined, fleet)).toBe(fleet);
  });

  it('splits a shard again into slices whose places together are exactly the shard’s', () => {
    const shard = { index: 2, count: 3 };
    const slices = slicesOf(shard, 4);
    expect(slices.map((s) => `${s.index}/${s.count}`)).toEqual(['2/12', '5/12', '8/12', '11/12']);
    for (let p = 0; p < 100; p++)
      expect(slices.filter((s) => inShard(p, s)).length).toBe(inShard(p, shard) ? 1 : 0);
    expect(slicesOf(undefined, 2)).toEqual(allShards(2));
  });
});
