import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { eventJson, JsonStrings, machineJson } from '../../src/report/json-rows.js';
import type { MachineMonth, Report, ReportEvent } from '../../src/report/types.js';
import { smallReport } from './fixture.js';

/** What JSON.stringify writes for an element of a top-level list (depth 2). */
const general = (item: unknown) => `    ${JSON.stringify(item, null, 2).replaceAll('\n', '\n    ')}`;

const text = fc.string({ unit: 'binary', maxLength: 12 });
const monthArbitrary: fc.Arbitrary<MachineMonth> = fc.record({
  month: fc.constantFrom('2025-01', '2025-02', 'weird "month"'),
  update: fc.option(text, { nil: null }),
  kind: fc.constantFrom('hotpatch', 'baseline', 'lcu', 'none'),
  restarts: fc.integer({ min: 0, max: 5 }),
  reasons: fc.array(fc.constantFrom('baseline', 'requested', 'not-enrolled'), { maxLength: 3 }),
}) as fc.Arbitrary<MachineMonth>;
const machineArbitrary = fc.record({ name: text, months: fc.array(monthArbitrary, { maxLength: 4 }) });
const eventArbitrary = fc.record({
  at: fc.constantFrom('2025-01-14T18:00:00.000Z', '2025-02-11T18:00:00.000Z'),
  machine: text,
  type: fc.constantFrom('restart', 'update-installed'),
  detail: text,
}) as fc.Arbitrary<ReportEvent>;

describe('report.json rows written by hand', () => {
  test.prop([machineArbitrary, eventArbitrary])(
    'are the bytes JSON.stringify writes, for any text (quotes, controls, lone surrogates)',
    (machine, event) => {
      const strings = new JsonStrings();
      expect(machineJson(machine, strings)).toBe(general(machine));
      expect(eventJson(event, strings)).toBe(general(event));
      // Escapes remembered from the first call give the same text again.
      expect(machineJson(machine, strings)).toBe(general(machine));
    },
  );

  test.prop([fc.array(machineArbitrary, { maxLength: 5 }), fc.array(eventArbitrary, { maxLength: 5 })])(
    'make a report.json that is JSON.stringify of the report with a two-space indent',
    (machines, events) => {
      const report: Report = { ...smallReport(), machines, events };
      const written = renderJson(report);
      expect(written).toBe(`${JSON.stringify(JSON.parse(written), null, 2)}\n`);
      expect(JSON.parse(written).machines).toEqual(machines);
      expect(JSON.parse(written).events).toEqual(events);
    },
  );

  it('leave a row whose fields are not of the report types to JSON.stringify', () => {
    const odd = {
      name: 'srv',
      months: [{ month: '2025-01', update: null, kind: 'lcu', restarts: Number.NaN, reasons: [] }],
    };
    expect(machineJson(odd as Report['machines'][number], new JsonStrings())).toBeUndefined();
    const report = { ...smallReport(), machines: [odd] } as unknown as Report;
    expect(JSON.parse(renderJson(report)).machines[0].months[0].restarts).toBeNull();
    // Holes in a list are written as null by JSON.stringify: the row leaves them to it.
    const month = { month: '2025-01', update: null, kind: 'lcu', restarts: 0, reasons: [] };
    const holed = <T>(first: T, last: T): T[] => {
      const list: T[] = new Array(3);
      list[0] = first;
      list[2] = last;
      return list;
    };
    const holes = [
      { name: 'a', months: holed(month, month) },
      { name: 'b', months: [{ ...month, reasons: holed('baseline', 'requested') }] },
    ];
    for (const machine of holes)
      expect(machineJson(machine as Report['machines'][number], new JsonStrings())).toBeUndefined();
    const withHoles = renderJson({ ...smallReport(), machines: holes } as unknown as Report);
    expect(JSON.parse(withHoles).machines[0].months[1]).toBeNull();
    const event = { at: '2025-01-14T18:00:00.000Z', machine: 'srv', type: 'restart', detail: 7 };
    expect(eventJson(event as unknown as ReportEvent, new JsonStrings())).toBeUndefined();
  });
});
