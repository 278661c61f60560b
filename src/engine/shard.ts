import { invariant } from '../../simulators/shared/invariant.js';

/** One slice of a fleet: machines whose place in the fleet, modulo `count`, is `index - 1`. */
export interface Shard {
  /** 1-based, as `--shard 2/4` writes it. */
  readonly index: number;
  readonly count: number;
}

/**
 * Parses `k/n` (1 <= k <= n); undefined for text of another shape. Machines are dealt round-robin,
 * so every slice gets a like share of each fleet template however the fleet is ordered.
 */
export function parseShard(text: string): Shard | undefined {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text);
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : undefined;
}

/** True when the machine at this place in the fleet (from 0) belongs to the shard. */
export function inShard(place: number, shard: Shard | undefined): boolean {
  return shard === undefined || place % shard.count === shard.index - 1;
}

/** How many of a fleet's places fall in a shard (all of them without one). */
export function machinesIn(shard: Shard | undefined, fleetSize: number): number {
  if (!shard) return fleetSize;
  return Math.max(0, Math.ceil((fleetSize - (shard.index - 1)) / shard.count));
}

/**
 * A shard split again into `parts` slices, dealt the same round-robin way: shard k/n in p parts is
 * shards k, k+n, ..., k+(p-1)n of n·p (the whole fleet is shard 1/1).
 */
export function slicesOf(shard: Shard | undefined, parts: number): Shard[] {
  const base = shard ?? { index: 1, count: 1 };
  return Array.from({ length: parts }, (_, j) => ({
    index: base.index + base.count * j,
    count: base.count * parts,
  }));
}

/** `k/n`. */
export const shardText = (shard: Shard): string => `${shard.index}/${shard.count}`;

/** Every shard of `count`, in order. */
export function allShards(count: number): Shard[] {
  invariant(
    Number.isInteger(count) && count >= 1,
    () => `a fleet splits into one or more shards, not ${count}`,
  );
  return Array.from({ length: count }, (_, i) => ({ index: i + 1, count }));
}
