import { describe, expect, it } from 'vitest';
import { csvField, renderCsv } from '../../src/report/csv.js';
import { smallReport } from './fixture.js';

describe('renderCsv', () => {
  it('writes a header and one CRLF-ended row per machine-month', () => {
    expect(renderCsv(smallReport())).toBe(
      [
        'machine,month,update,kind,restarts,reasons',
        'web-01,2025-10,KB5066835,hotpatch,0,',
        'web-01,2025-11,KB5068861,lcu,2,license-expired;requested',
        'web-01,2025-12,KB5071000,hotpatch,0,',
        'web-02,2025-10,KB5066835,hotpatch,0,',
        'web-02,2025-11,KB5068861,lcu,1,license-expired',
        'web-02,2025-12,KB5071000,hotpatch,0,',
        'sql,2025-10,KB5066836,baseline,1,baseline',
        'sql,2025-11,,none,0,',
        'sql,2025-12,,none,0,',
        '',
      ].join('\r\n'),
    );
  });

  it('quotes fields holding a comma, a quote or a line break, doubling quotes', () => {
    const report = smallReport();
    const machine = report.machines[0];
    if (machine === undefined) throw new Error('fixture has machines');
    machine.name = 'odd,"name"';
    const text = renderCsv(report);
    expect(text.split('\r\n')[1]).toBe('"odd,""name""",2025-10,KB5066835,hotpatch,0,');
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['', ''],
  ])('writes %j as %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
});
