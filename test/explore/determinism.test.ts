import { test } from '@fast-check/vitest';
import { beforeAll, describe, expect } from 'vitest';
import { loadPowerShellGrammar } from '../../simulators/powershell/index.js';
import { defaultRules } from '../../simulators/windows-update/index.js';
import { runScenario } from '../../src/engine/run.js';
import { scenarioArbitrary } from '../../src/explore/arbitraries/index.js';
import { propertyRuns } from '../../src/explore/property-runs.js';
import { shippedScripts } from '../../src/explore/shipped-scripts.js';
import { FactRecorder } from '../../src/oracles/recorder.js';
import { renderJson } from '../../src/report/json.js';
import { type ScenarioInput, scenarioSchema } from '../../src/scenario/schema.js';
import { catalog, timeoutFor } from './helpers.js';

const rules = defaultRules();
const scripts = shippedScripts();

/** report.json of a run, or the error it died with (a known engine bug kills some runs). */
function reportJson(input: ScenarioInput, observe = false): string {
  try {
    const recorder = new FactRecorder();
    const scenario = scenarioSchema.parse(input);
    return renderJson(
      runScenario(scenario, { catalog, rules, scripts, ...(observe ? { observe: recorder.observe } : {}) }),
    );
  } catch (error) {
    return `threw ${(error as Error).message}`;
  }
}

describe('determinism (DESIGN.md principle 2)', () => {
  beforeAll(() => loadPowerShellGrammar());

  test.prop([scenarioArbitrary()], { numRuns: propertyRuns(60) })(
    'any generated scenario run twice gives byte-identical report.json',
    (input) => {
      const first = reportJson(input);
      expect(first).not.toMatch(/^threw /); // its run: scripts were fed in
      expect(reportJson(input)).toBe(first);
    },
    timeoutFor(propertyRuns(60), 20),
  );

  test.prop([scenarioArbitrary()], { numRuns: propertyRuns(30) })(
    'any generated scenario gives the same bytes in another time zone (Node reads TZ on each use)',
    (input) => {
      const saved = process.env.TZ;
      try {
        process.env.TZ = 'UTC';
        const utc = reportJson(input);
        process.env.TZ = 'Pacific/Chatham';
        expect(new Date(0).getTimezoneOffset()).not.toBe(0); // the zone really changed
        expect(reportJson(input)).toBe(utc);
      } finally {
        if (saved === undefined) delete process.env.TZ;
        else process.env.TZ = saved;
      }
    },
    timeoutFor(propertyRuns(30), 20),
  );

  test.prop([scenarioArbitrary()], { numRuns: propertyRuns(60) })(
    "the oracles' observer changes nothing: the same bytes with and without it",
    (input) => {
      expect(reportJson(input, true)).toBe(reportJson(input));
    },
    timeoutFor(propertyRuns(60), 20),
  );
});
