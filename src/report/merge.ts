import { machinesIn, type Shard, shardText, slicesOf } from '../engine/shard.js';
import { hotpatchCost } from './build.js';
import { type EventKeys, mergeKeyedEvents, mergeOrderedEvents, NO_PLACE } from './merge-events.js';
import type { FleetMonth, MachineMonth, ReasonCode, Report } from './types.js';

/** Shard reports that cannot be joined: the message names the report and what is wrong. */
export class MergeError extends Error {
  override name = 'MergeError';
}

/** A shard report and where it came from (for messages). */
export interface ShardReport {
  readonly source: string;
  readonly report: Report;
  /**
   * Its events' sort keys, when they were worked out as the report was unpacked (a worker's
   * batch): with keys on every shard, the merge reads no event.
   */
  readonly keys?: EventKeys;
}

/** What must be equal in every shard of one run. */
const SAME = ['format', 'scenario', 'seed', 'period', 'assumptions'] as const;

/**
 * Joins the reports of a run's shards (`run --shard k/n`, one per k) into the report of the whole
 * run, byte for byte (with renderJson): machines go back to their places in the fleet, fleet
 * months are summed, the event logs interleave in report order, and the expectations and the
 * verdict are the whole run's. With `into`, the shards are the slices of shard `into` (shard k/n
 * run on w workers is shards k, k+n, ..., k+(w-1)n of n·w) and the result is that shard's report.
 */
export function mergeShardReports(shards: readonly ShardReport[], into?: Shard): Report {
  const first = shards[0];
  if (!first) throw new MergeError('merge: no reports given');
  const count = shardInfo(first).count;
  const parts = into ? count / into.count : count;
  if (into && !Number.isInteger(parts))
    throw new MergeError(`merge: ${count} shards do not split ${shardText(into)}`);
  const wanted = slicesOf(into, parts).map((slice) => slice.index);
  const byIndex = new Map<number, ShardReport>();
  for (const shard of shards) {
    const info = shardInfo(shard);
    if (info.count !== count)
      throw new MergeError(`${shard.source}: shard ${info.index}/${info.count} is not one of ${count}`);
    if (byIndex.has(info.index))
      throw new MergeError(`${shard.source}: shard ${info.index}/${count} is given twice`);
    if (!wanted.includes(info.index))
      throw new MergeError(
        `${shard.source}: shard ${info.index}/${count} is not a slice of ${into && shardText(into)}`,
      );
    for (const key of SAME) {
      if (JSON.stringify(shard.report[key]) !== JSON.stringify(first.report[key]))
        throw new MergeError(
          `${shard.source}: ${key} differs from ${first.source}: not a shard of the same run`,
        );
    }
    if (info.fleetSize !== shardInfo(first).fleetSize)
      throw new MergeError(`${shard.source}: fleetSize differs from ${first.source}`);
    byIndex.set(info.index, shard);
  }
  const missing = wanted.filter((k) => !byIndex.has(k));
  if (missing.length > 0)
    throw new MergeError(`merge: shard ${missing.map((k) => `${k}/${count}`).join(', ')} missing`);
  const ordered = wanted.map((k) => byIndex.get(k) as ShardReport);
  const fleetSize = shardInfo(first).fleetSize;
  const machines = interleaveMachines(ordered, machinesIn(into, fleetSize));
  const numbered = ordered
    .flatMap((s) => s.report.expectations.map((e, j) => ({ at: shardInfo(s).expectations[j] ?? 0, e })))
    .sort((a, b) => a.at - b.at);
  const expectations = numbered.map(({ e }) => e);
  const { shard: _, ...rest } = first.report;
  const base = first.report.reproduce.replace(/ --shard \d+\/\d+$/, '');
  const merged: Report = {
    ...rest,
    months: sumMonths(
      ordered.map((s) => s.report.months),
      price(first.report),
    ),
    machines,
    events: mergeEvents(ordered),
    expectations,
    reproduce: into ? `${base} --shard ${shardText(into)}` : base,
    verdict: expectations.every((e) => e.pass) ? 'pass' : 'fail',
  };
  if (into) {
    merged.shard = {
      index: into.index,
      count: into.count,
      fleetSize,
      expectations: numbered.map((n) => n.at),
    };
  }
  return merged;
}

/**
 * The shards' events in report order. Machine j of part k sits at k + j·w in the merged machine
 * list (interleaveMachines), and that is its place.
 */
function mergeEvents(ordered: readonly ShardReport[]): Report['events'] {
  const w = ordered.length;
  const lists = ordered.map((s) => s.report.events);
  // An event may name a machine of another part, or of none (a failed expectation about a
  // machine not in the fleet): the whole merged fleet is looked at then, made the first time.
  let everywhere: Map<string, number> | undefined;
  const elsewhere = (name: string): number => {
    if (!everywhere) {
      const all = new Map<string, number>();
      // A name given twice has its last place, as a map of the merged list would.
      ordered.forEach((s, k) => {
        s.report.machines.forEach((m, j) => {
          const place = k + j * w;
          if ((all.get(m.name) ?? -1) < place) all.set(m.name, place);
        });
      });
      everywhere = all;
    }
    return everywhere.get(name) ?? NO_PLACE;
  };
  const keys = ordered.map((s) => s.keys);
  const table = keys[0]?.instants;
  const keyed = keys.every((k, i) => k?.instants === table && k?.at.length === lists[i]?.length);
  if (keyed) return mergeKeyedEvents(lists, keys as EventKeys[], elsewhere);
  const places = ordered.map((s, k) => new Map(s.report.machines.map((m, j) => [m.name, k + j * w])));
  return mergeOrderedEvents(lists, (name, list) => places[list]?.get(name) ?? elsewhere(name));
}

function shardInfo(shard: ShardReport): NonNullable<Report['shard']> {
  const info = shard.report.shard;
  if (!info) throw new MergeError(`${shard.source}: not the report of a shard (run it with --shard k/n)`);
  return info;
}

/**
 * Machine q of the whole (the fleet, or the shard being rebuilt) sits in part q mod w at position
 * floor(q / w): shard.ts deals round-robin, and a shard's slices are dealt the same way.
 */
function interleaveMachines(ordered: readonly ShardReport[], total: number): Report['machines'] {
  const w = ordered.length;
  ordered.forEach((s, k) => {
    const expected = Math.max(0, Math.ceil((total - k) / w));
    if (s.report.machines.length !== expected)
      throw new MergeError(
        `${s.source}: ${s.report.machines.length} machines, expected ${expected} of ${total}`,
      );
  });
  return Array.from(
    { length: total },
    (_, q) => ordered[q % w]?.report.machines[Math.floor(q / w)] as { name: string; months: MachineMonth[] },
  );
}

function price(report: Report): number {
  const knob = report.assumptions.find((a) => a.knob === 'pricePerCoreMonth')?.value;
  return typeof knob === 'number' ? knob : 0;
}

/** Fleet months add up across shards; the cost is computed again from the summed cores. */
function sumMonths(parts: ReadonlyArray<readonly FleetMonth[]>, pricePerCore: number): FleetMonth[] {
  return (parts[0] ?? []).map((head, i) => {
    const all = parts.map((p) => p[i] as FleetMonth);
    const sum = (
      key: 'machines' | 'hotpatched' | 'restarted' | 'restarts' | 'billedCores' | 'restartsAvoided',
    ) => all.reduce((total, m) => total + m[key], 0);
    const reasons: Partial<Record<ReasonCode, number>> = {};
    for (const m of all)
      for (const [code, n] of Object.entries(m.reasons) as [ReasonCode, number][])
        reasons[code] = (reasons[code] ?? 0) + n;
    const billedCores = sum('billedCores');
    return {
      month: head.month,
      machines: sum('machines'),
      hotpatched: sum('hotpatched'),
      restarted: sum('restarted'),
      restarts: sum('restarts'),
      reasons,
      billedCores,
      hotpatchCost: hotpatchCost(billedCores, pricePerCore),
      restartsAvoided: sum('restartsAvoided'),
    };
  });
}
