import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { codeBlock, escapeMarkdown } from '../../src/report/markdown-escape.js';
import { reverseKeys, smallReport, syntheticReport } from './fixture.js';

const lines = () => renderMarkdown(smallReport()).split('\n');

/** A table row's cells, split on the pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

describe('renderMarkdown', () => {
  it('opens with the scenario, seed, period and verdict', () => {
    expect(lines().slice(0, 3)).toEqual([
      '# Restart report: report-fixture',
      '',
      'Seed 20251111, 2025-10 to 2025-12, verdict **FAIL**',
    ]);
  });

  it('has one row per month with reasons in code order and the cost in US$', () => {
    expect(lines()).toContain(
      '| Month | Machines | Hotpatched | Restarted | Restarts | Reasons | Hotpatch cost | Restarts avoided |',
    );
    expect(lines()).toContain('| 2025-10 | 3 | 2 | 1 | 1 | baseline: 1 | US$24.00 | 2 |');
    expect(lines()).toContain(
      '| 2025-11 | 3 | 0 | 2 | 3 | license-expired: 2, requested: 1 | US$1,234.50 | 0 |',
    );
    expect(lines()).toContain('| 2025-12 | 3 | 2 | 0 | 0 | - | US$36.00 | 2 |');
  });

  it('writes the machine × month grid as kind letter plus restart count', () => {
    const all = lines();
    expect(all).toContain('| Machine | 2025-10 | 2025-11 | 2025-12 |');
    expect(all).toContain('| web-01 | H | L2 | H |');
    expect(all).toContain('| web-02 | H | L1 | H |');
    expect(all).toContain('| sql | B1 | - | - |');
  });

  it('lists the assumptions with their values and docs', () => {
    expect(lines()).toContain('| licenseExpiry | always | ASSUME | Licenses expire \\| always. |');
    expect(lines()).toContain('| pricePerCoreMonth | 1.5 | ASSUME | US\\$ per core per month. |');
  });

  it('marks each expectation pass or fail', () => {
    expect(lines()).toContain('| pass | month=2025-10 machine=sql kind=baseline | kind=baseline |');
    expect(lines()).toContain(
      '| **FAIL** | month=2025-11 machine=web-01 restarts=1 kind=lcu | restarts=2 kind=lcu |',
    );
  });

  it('puts the reproduce command in a code block', () => {
    expect(renderMarkdown(smallReport())).toContain(
      '## Reproduce\n\n```sh\nnpx hotpatch-harness run scenarios/report-fixture.yaml --seed 20251111\n```\n',
    );
  });

  it('escapes pipes and markup in event cells, so each row keeps four cells', () => {
    const row = lines().find((line) => line.startsWith('| 2025-11-03T22:00:00Z'));
    expect(row).toBe(
      '| 2025-11-03T22:00:00Z | web-01 | script-output | Name \\| Value, "quoted" \\<script\\>alert(1)\\</script\\> |',
    );
    expect(cells(row ?? '')).toHaveLength(4);
    const errorRow = lines().find((line) => line.startsWith('| 2025-11-03T22:00:01Z')) ?? '';
    expect(cells(errorRow)).toHaveLength(4);
    expect(errorRow).toContain('C:\\Temp, see \\<a href="https://example.com/x"\\>"docs"\\</a\\>');
  });

  it('has no raw HTML tag from the data', () => {
    expect(renderMarkdown(smallReport())).not.toMatch(/(?<!\\)<(script|a )/);
  });

  it('is the same for any key order, ends with one newline', () => {
    const text = renderMarkdown(smallReport());
    expect(renderMarkdown(reverseKeys(smallReport()))).toBe(text);
    expect(text.endsWith('|\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['a|b', 'a\\|b'],
    ['C:\\Windows\\System32', 'C:\\Windows\\System32'],
    ['C:\\$Recycle.Bin', 'C:\\\\\\$Recycle.Bin'],
    ['a\\|b', 'a\\\\\\|b'],
    ['*bold* _it_ `code` [x](y) ~s~ &amp;', '\\*bold\\* \\_it\\_ \\`code\\` \\[x\\](y) \\~s\\~ \\&amp;'],
    ['line1\r\nline2\nline3', 'line1<br>line2<br>line3'],
  ])('escapes %j as %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});

describe('codeBlock', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(codeBlock('echo ```x```', 'sh')).toBe('````sh\necho ```x```\n````');
    expect(codeBlock('plain')).toBe('```\nplain\n```');
  });
});

describe('renderMarkdown on a large fleet', () => {
  it('shows the first 2,000 machines and 10,000 events and says where the rest are', () => {
    const report = syntheticReport(2500, 6);
    const events = Array.from({ length: 10_005 }, (_, i) => ({
      at: `2025-07-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
      machine: 'web-1',
      type: 'fault' as const,
      detail: `event ${i}`,
    }));
    const md = renderMarkdown({ ...report, events });
    expect(md).toContain(
      'Showing the first 2,000 of 2,500 machines; report.json and report.csv have them all.',
    );
    expect(md).toContain('Showing the first 10,000 of 10,005 events; report.json has them all.');
    expect(md).toContain('event 9999');
    expect(md).not.toContain('event 10000');
  });
});
