import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runScenario } from '../../../src/engine/run.js';
import { runBatches } from '../../../src/engine/run-in-batches.js';
import {
  eventKeysOf,
  packedBuffers,
  packReport,
  unpackReport,
} from '../../../src/engine/workers/packed-report.js';
import { renderJson } from '../../../src/report/json.js';
import { mergeShardReports, type ShardReport } from '../../../src/report/merge.js';
import { InstantTable } from '../../../src/report/merge-events.js';
import type { Report } from '../../../src/report/types.js';
import { scenarioSchema } from '../../../src/scenario/schema.js';

const root = join(import.meta.dirname, '../../..');
const scenario = (name: string) =>
  scenarioSchema.parse(parse(readFileSync(join(root, 'scenarios', `${name}.yaml`), 'utf8')));

describe('packed reports (the trip back from a worker thread)', () => {
  it('unpack gives back the report field for field, and the same report.json', () => {
    const report = runScenario(scenario('mixed-fleet-24-months'), { shard: { index: 2, count: 3 } });
    expect(report.events.length).toBeGreaterThan(100);
    const back = unpackReport(structuredClone(packReport(report)));
    expect(back).toEqual(report);
    expect(renderJson(back)).toBe(renderJson(report));
  });

  it('keeps null updates, empty and several reasons, and text outside ASCII', () => {
    const report: Report = {
      ...runScenario(scenario('fresh-enrollment')),
      machines: [
        {
          name: 'srv-ü',
          months: [
            {
              month: '2025-01',
              update: 'KB0',
              kind: 'lcu',
              restarts: 1,
              reasons: ['not-enrolled', 'requested'],
            },
            {
              month: '2025-02',
              update: 'KB1',
              kind: 'lcu',
              restarts: 2,
              reasons: ['not-enrolled', 'requested'],
            },
            { month: '2025-03', update: null, kind: 'none', restarts: 0, reasons: [] },
          ],
        },
        { name: 'empty', months: [] },
      ],
      events: [
        { at: '2025-02-11T18:00:00Z', machine: 'srv-ü', type: 'script-output', detail: 'Größe: 1,5 ✓' },
      ],
    };
    const back = unpackReport(packReport(report));
    expect(back).toEqual(report);
    // Months with the same reasons still hold lists of their own, as a report built in-thread does.
    const [first, second] = back.machines[0]?.months ?? [];
    first?.reasons.push('baseline');
    expect(second?.reasons).toEqual(['not-enrolled', 'requested']);
  });

  it('moves its buffers: after the transfer the sender holds none of the tables', () => {
    const packed = packReport(runScenario(scenario('fresh-enrollment')));
    const moved = structuredClone(packed, { transfer: packedBuffers(packed) });
    expect(packed.events.length).toBe(0);
    expect(unpackReport(moved).events.length).toBeGreaterThan(0);
  });

  it('event keys read at unpack merge batches as the events themselves do, reading no event', () => {
    const mixed = scenario('mixed-fleet-24-months');
    const whole = renderJson(runScenario(mixed, { shard: { index: 1, count: 1 } }));
    const instants = new InstantTable();
    const keyed: ShardReport[] = [];
    runBatches(mixed, { shard: { index: 1, count: 1 } }, 7, (report) => {
      const packed = packReport(report);
      keyed.push({
        source: `batch ${keyed.length + 1}`,
        report: unpackReport(packed),
        keys: eventKeysOf(packed, instants),
      });
    });
    const shard = { index: 1, count: 1 };
    expect(renderJson(mergeShardReports(keyed, shard))).toBe(whole);
    // Keys that lie are followed: proof that the keyed merge ran, not the one that reads events.
    const lying = keyed.map((s) => ({ ...s, keys: s.keys && { ...s.keys, at: s.keys.at.map(() => 0) } }));
    expect(renderJson(mergeShardReports(lying, shard))).not.toBe(whole);
    // A shard without keys: every shard's events are read again, and the merge is the same.
    const mixedKeys = keyed.map((s, i) => (i === 3 ? { source: s.source, report: s.report } : s));
    expect(renderJson(mergeShardReports(mixedKeys, shard))).toBe(whole);
  });

  it('keyed or not, events of machines outside their batch are placed alike', () => {
    const mixed = scenario('mixed-fleet-24-months');
    const shard = { index: 1, count: 1 };
    const instants = new InstantTable();
    const keyed: ShardReport[] = [];
    runBatches(mixed, { shard }, 5, (report) => {
      const first = report.events[0];
      // One event of a machine of the next batch, one of a machine of no batch.
      const other = `web-${String(keyed.length + 2).padStart(3, '0')}`;
      if (first) report.events.unshift({ ...first, machine: other }, { ...first, machine: 'ghost' });
      const packed = packReport(report);
      keyed.push({
        source: `batch ${keyed.length + 1}`,
        report: unpackReport(packed),
        keys: eventKeysOf(packed, instants),
      });
    });
    const plain = keyed.map(({ source, report }) => ({ source, report }));
    const merged = mergeShardReports(keyed, shard);
    expect(renderJson(merged)).toBe(renderJson(mergeShardReports(plain, shard)));
    expect(merged.events.filter((e) => e.machine === 'ghost')).toHaveLength(5);
  });
});
