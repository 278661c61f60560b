import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { stringify } from 'yaml';
import { loadScenario, type ScenarioError, scenarioSchema } from '../../src/scenario/index.js';
import { thrown } from '../support/thrown.js';
import { scenarioInput } from './arbitraries.js';

describe('loading what a writer wrote', () => {
  test.prop([scenarioInput], { numRuns: 200 })(
    'YAML and JSON load to exactly what zod makes of the object itself',
    (input) => {
      const direct = scenarioSchema.parse(input);
      expect(loadScenario(stringify(input, { version: '1.2' }), 'p.yaml')).toStrictEqual(direct);
      expect(loadScenario(JSON.stringify(input, null, 2), 'p.json')).toStrictEqual(direct);
    },
  );

  test.prop([scenarioInput, fc.nat()], { numRuns: 100 })(
    'an unknown key in any template is reported alone, on its own line',
    (input, pick) => {
      const index = pick % input.fleet.length;
      const fleet = input.fleet.map((t, i) => (i === index ? { ...t, zzUnknown: 1 } : t));
      const text = stringify({ ...input, fleet }, { version: '1.2' });
      const line = text.split('\n').findIndex((l) => /^\s*(- )?zzUnknown: 1$/.test(l)) + 1;
      const error = thrown(() => loadScenario(text, 'p.yaml')) as ScenarioError;
      expect(error.issues).toStrictEqual([
        { code: 'unrecognized_keys', path: ['fleet', index], line, message: 'unknown key "zzUnknown"' },
      ]);
    },
  );
});
