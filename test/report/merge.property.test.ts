import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { defaultRules } from '../../simulators/windows-update/index.js';
import { runScenario } from '../../src/engine/run.js';
import { allShards } from '../../src/engine/shard.js';
import { scenarioArbitrary } from '../../src/explore/arbitraries/index.js';
import { propertyRuns } from '../../src/explore/property-runs.js';
import { renderJson } from '../../src/report/json.js';
import { mergeShardReports } from '../../src/report/merge.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { catalog, timeoutFor } from '../explore/helpers.js';

const rules = defaultRules();

describe('shards (DESIGN.md principle 2: same bytes whatever the shard split)', () => {
  test.prop([scenarioArbitrary(), fc.integer({ min: 2, max: 5 })], { numRuns: propertyRuns(40) })(
    'any generated scenario split into any number of shards merges into the whole run’s report.json',
    (input, count) => {
      const scenario = scenarioSchema.parse(input);
      const run = (shard?: { index: number; count: number }) =>
        renderJson(runScenario(scenario, { catalog, rules, ...(shard ? { shard } : {}) }));
      let whole: string;
      try {
        whole = run();
      } catch {
        return; // a scenario the engine refuses is refused alike in every shard
      }
      const shards = allShards(count).map((shard) => ({
        source: `shard ${shard.index}`,
        report: JSON.parse(run(shard)),
      }));
      expect(renderJson(mergeShardReports(shards))).toBe(whole);
    },
    timeoutFor(propertyRuns(40), 20),
  );
});
