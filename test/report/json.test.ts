import { describe, expect, it } from 'vitest';
import { renderJson, renderJsonChunks } from '../../src/report/json.js';
import { reverseKeys, smallReport, syntheticReport } from './fixture.js';

describe('renderJson', () => {
  it('puts the top-level keys in the order of the Report type', () => {
    const parsed = JSON.parse(renderJson(reverseKeys(smallReport())));
    expect(Object.keys(parsed)).toEqual([
      'format',
      'scenario',
      'seed',
      'period',
      'assumptions',
      'months',
      'machines',
      'events',
      'expectations',
      'reproduce',
      'verdict',
    ]);
  });

  it('orders nested keys by the type too, whatever order the caller built them in', () => {
    const parsed = JSON.parse(renderJson(reverseKeys(smallReport())));
    expect(Object.keys(parsed.period)).toEqual(['from', 'to']);
    expect(Object.keys(parsed.assumptions[0])).toEqual(['knob', 'value', 'grade', 'doc']);
    expect(Object.keys(parsed.months[0])).toEqual([
      'month',
      'machines',
      'hotpatched',
      'restarted',
      'restarts',
      'reasons',
      'billedCores',
      'hotpatchCost',
      'restartsAvoided',
    ]);
    expect(Object.keys(parsed.machines[0])).toEqual(['name', 'months']);
    expect(Object.keys(parsed.machines[0].months[0])).toEqual([
      'month',
      'update',
      'kind',
      'restarts',
      'reasons',
    ]);
    expect(Object.keys(parsed.events[0])).toEqual(['at', 'machine', 'type', 'detail']);
    expect(Object.keys(parsed.expectations[1])).toEqual(['expect', 'pass', 'actual']);
    expect(Object.keys(parsed.expectations[1].expect)).toEqual(['month', 'machine', 'restarts', 'kind']);
  });

  it('lists reason counts in reason-code order', () => {
    const parsed = JSON.parse(renderJson(smallReport()));
    expect(Object.keys(parsed.months[1].reasons)).toEqual(['license-expired', 'requested']);
  });

  it('gives the same bytes for any key order and on every call', () => {
    const text = renderJson(smallReport());
    expect(renderJson(smallReport())).toBe(text);
    expect(renderJson(reverseKeys(smallReport()))).toBe(text);
  });

  it('round-trips to the report', () => {
    expect(JSON.parse(renderJson(smallReport()))).toEqual(smallReport());
  });

  it('indents by two spaces and ends with a newline', () => {
    const text = renderJson(smallReport());
    expect(
      text.startsWith('{\n  "format": "hotpatch-harness/report@1",\n  "scenario": "report-fixture",\n'),
    ).toBe(true);
    expect(text).toContain('  "period": {\n    "from": "2025-10",\n    "to": "2025-12"\n  },\n');
    expect(text.endsWith('  "verdict": "fail"\n}\n')).toBe(true);
  });

  it('drops fields the format does not define', () => {
    const report = { ...smallReport(), extra: 'host-specific' } as ReturnType<typeof smallReport>;
    expect(renderJson(report)).not.toContain('extra');
  });
});

describe('renderJsonChunks', () => {
  it('gives the bytes of JSON.stringify with a two-space indent, for small and synthetic fleets alike', () => {
    for (const report of [
      smallReport(),
      syntheticReport(40, 12),
      { ...smallReport(), events: [], machines: [] },
    ]) {
      const chunks = [...renderJsonChunks(report)];
      expect(chunks.join('')).toBe(`${JSON.stringify(JSON.parse(chunks.join('')), null, 2)}\n`);
      expect(JSON.parse(chunks.join(''))).toEqual(JSON.parse(renderJson(report)));
    }
  });

  it('cuts a large report into several chunks of about a megabyte', () => {
    const chunks = [...renderJsonChunks(syntheticReport(3000, 24))];
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(1 << 20);
  });
});
