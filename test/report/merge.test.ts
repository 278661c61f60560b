import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPowerShellGrammar } from '../../simulators/powershell/index.js';
import { loadScenarioInput } from '../../src/cli/scenario-input.js';
import { runScenario } from '../../src/engine/run.js';
import { allShards } from '../../src/engine/shard.js';
import { renderJson } from '../../src/report/json.js';
import { MergeError, mergeShardReports } from '../../src/report/merge.js';

const root = join(import.meta.dirname, '../..');
beforeAll(() => loadPowerShellGrammar());

/** The whole run's report.json, and the one merge makes from `count` shards of it. */
function wholeAndMerged(name: string, count: number) {
  const file = join(root, 'scenarios', name);
  const { scenario, catalog, scripts } = loadScenarioInput(file);
  const options = { catalog, scripts, file: `scenarios/${name}` };
  const whole = renderJson(runScenario(scenario, options));
  const shards = allShards(count).map((shard) => ({
    source: `shard-${shard.index}.json`,
    report: JSON.parse(renderJson(runScenario(scenario, { ...options, shard }))),
  }));
  return { whole, shards, merged: renderJson(mergeShardReports(shards)) };
}

describe('merge of shard reports', () => {
  it.each([
    ['mixed-fleet-24-months.yaml', 3],
    ['portal-enablement-stuck.yaml', 2],
    ['workaround-option-2-script.yaml', 2],
    ['october-2025-updates.yaml', 4],
    ['late-workaround.yaml', 5],
  ])('DESIGN: %s in %i shards merges into the byte-identical report of the whole run', (name, count) => {
    const { whole, merged, shards } = wholeAndMerged(name, count);
    expect(merged).toBe(whole);
    // Each shard really holds a slice: no shard has every machine.
    const total = JSON.parse(whole).machines.length;
    if (total > 1) for (const s of shards) expect(s.report.machines.length).toBeLessThan(total);
  });

  it('refuses a missing shard, a shard given twice, a shard of another run and a whole report', () => {
    const { shards } = wholeAndMerged('late-workaround.yaml', 3);
    const [a, b, c] = shards as [(typeof shards)[number], (typeof shards)[number], (typeof shards)[number]];
    expect(() => mergeShardReports([a, b])).toThrow(new MergeError('merge: shard 3/3 missing'));
    expect(() => mergeShardReports([a, b, b])).toThrow('shard-2.json: shard 2/3 is given twice');
    const other = { source: 'other.json', report: { ...c.report, seed: c.report.seed + 1 } };
    expect(() => mergeShardReports([a, b, other])).toThrow(
      'other.json: seed differs from shard-1.json: not a shard of the same run',
    );
    const { shard: _, ...whole } = a.report;
    expect(() => mergeShardReports([{ source: 'whole.json', report: whole }])).toThrow(
      'whole.json: not the report of a shard (run it with --shard k/n)',
    );
  });
});

describe('runs in batches', () => {
  it('DESIGN: a fleet run a few machines at a time gives the bytes of one run, whole or as a shard', async () => {
    const { runInBatches } = await import('../../src/engine/run-in-batches.js');
    const file = join(root, 'scenarios/mixed-fleet-24-months.yaml');
    const { scenario, catalog, scripts } = loadScenarioInput(file);
    const options = { catalog, scripts, file: 'scenarios/mixed-fleet-24-months.yaml' };
    expect(renderJson(runInBatches(scenario, options, 70))).toBe(renderJson(runScenario(scenario, options)));
    const shard = { index: 2, count: 3 };
    expect(renderJson(runInBatches(scenario, { ...options, shard }, 30))).toBe(
      renderJson(runScenario(scenario, { ...options, shard })),
    );
  });

  it('places an event that names a machine of another shard where that machine sits in the fleet', () => {
    const { whole, shards } = wholeAndMerged('mixed-fleet-24-months.yaml', 3);
    const [first, second] = shards;
    const stranger = second?.report.machines[0].name as string; // fleet place 1
    const at = JSON.parse(whole).events[0].at as string;
    const planted = { at, machine: stranger, type: 'fault', detail: 'planted in shard 1' };
    first?.report.events.unshift(planted);
    const events = mergeShardReports(shards).events;
    const i = events.findIndex((e) => e.detail === 'planted in shard 1');
    // After the events of the machine at place 0 at that instant, before those of place 2.
    const before = events
      .slice(0, i)
      .filter((e) => e.at === at)
      .map((e) => e.machine);
    const after = events
      .slice(i + 1)
      .filter((e) => e.at === at)
      .map((e) => e.machine);
    const firstMachine = first?.report.machines[0].name as string;
    const third = shards[2]?.report.machines[0].name as string;
    expect(before.every((m) => m === firstMachine || m === stranger)).toBe(true);
    expect(after).not.toContain(firstMachine);
    expect(before).not.toContain(third);
  });
});
