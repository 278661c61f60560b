import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import { DEFAULT_KNOBS, KNOBS } from '../../src/scenario/knobs.js';
import { scenarioSchema } from '../../src/scenario/schema.js';

const base = { name: 'knobs', period: { from: '2025-01', to: '2025-01' }, fleet: [{ name: 'web' }] };

describe('knobs', () => {
  it('every knob can be set from a scenario, to each of its values', () => {
    for (const [name, knob] of Object.entries(KNOBS)) {
      const values: ReadonlyArray<string | number> = 'values' in knob ? knob.values : [0, 2.25];
      for (const value of values) {
        const parsed = scenarioSchema.safeParse({ ...base, knobs: { [name]: value } });
        expect(parsed.success, `${name}: ${value}`).toBe(true);
      }
    }
  });

  it('every knob is listed in the report with the value in effect and its documentation', () => {
    const report = runScenario(scenarioSchema.parse({ ...base, knobs: { licenseMutex: 'absent' } }));
    expect(report.assumptions.map((a) => a.knob)).toEqual(Object.keys(KNOBS));
    expect(report.assumptions.find((a) => a.knob === 'licenseMutex')?.value).toBe('absent');
    expect(report.assumptions.find((a) => a.knob === 'licenseExpiry')?.value).toBe(
      DEFAULT_KNOBS.licenseExpiry,
    );
    for (const a of report.assumptions) expect(a.doc.length).toBeGreaterThan(20);
  });
});
