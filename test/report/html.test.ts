import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { REASON_COLOURS } from '../../src/report/html-palette.js';
import type { Report } from '../../src/report/types.js';
import { reverseKeys, smallReport, syntheticReport } from './fixture.js';

const VOID = new Set(['meta', 'br', 'hr', 'img', 'input', 'link']);

/** Every tag of the page, as written. `<` never appears in escaped text, so this finds them all. */
function tags(html: string): string[] {
  return html.match(/<[^>]*>/g) ?? [];
}

/** Checks that elements nest properly; returns the first problem, or undefined. */
function nestingProblem(html: string): string | undefined {
  const stack: string[] = [];
  for (const tag of tags(html)) {
    if (tag.startsWith('<!')) continue;
    const match = /^<(\/?)([a-zA-Z][\w-]*)/.exec(tag);
    if (!match) return `not a tag: ${tag}`;
    const [, close, name = ''] = match;
    if (close) {
      const open = stack.pop();
      if (open !== name) return `</${name}> closes <${open}>`;
    } else if (!VOID.has(name) && !tag.endsWith('/>')) {
      stack.push(name);
    }
  }
  return stack.length === 0 ? undefined : `unclosed: ${stack.join(' ')}`;
}

function attributes(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** The SVG with the given title id, and its bar rectangles' attributes. */
function chart(html: string, titleId: string): Array<Record<string, string>> {
  const svg = (html.match(/<svg[\s\S]*?<\/svg>/g) ?? []).find((s) => s.includes(`id="${titleId}"`));
  if (svg === undefined) throw new Error(`no chart ${titleId}`);
  return (svg.match(/<rect [^>]*>/g) ?? []).map(attributes);
}

function section(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}">`);
  if (start < 0) throw new Error(`no section ${id}`);
  return html.slice(start, html.indexOf('</section>', start));
}

describe('renderHtml', () => {
  const html = renderHtml(smallReport());

  it('is an HTML5 document in English with a title', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).toContain('<title>report-fixture: hotpatch restart report (fail)</title>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('nests its elements properly', () => {
    expect(nestingProblem(html)).toBeUndefined();
  });

  it('fetches nothing: no URL in any tag, no script, no external reference', () => {
    for (const tag of tags(html)) expect(tag).not.toMatch(/https?:|src=|href=|@import|url\(/i);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/@import|url\(/);
  });

  it('shows data as inert text', () => {
    expect(html).toContain('Name | Value, &quot;quoted&quot; &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;a href=&quot;https://example.com/x&quot;&gt;');
  });

  it('keeps markup in names and attributes inert too', () => {
    const report = smallReport();
    const machine = report.machines[0];
    if (machine === undefined) throw new Error('fixture has machines');
    machine.name = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
    report.scenario = '</title><script>x</script>';
    report.reproduce = '</code></pre><script>y</script>';
    const page = renderHtml(report);
    expect(page).not.toMatch(/<script|<img/i);
    expect(nestingProblem(page)).toBeUndefined();
  });

  it('shows the header: scenario, seed, period and a fail badge', () => {
    const header = html.slice(html.indexOf('<header>'), html.indexOf('</header>'));
    expect(header).toContain('report-fixture');
    expect(header).toContain('<dt>Seed</dt><dd>20251111</dd>');
    expect(header).toContain('<dt>Period</dt><dd>2025-10 to 2025-12</dd>');
    expect(header).toContain('<span class="badge verdict fail">FAIL</span>');
    expect(header).toContain('<dt>Hotpatch cost</dt><dd>US$1,294.50</dd>');
    expect(header).toContain('<dt>Expectations</dt><dd>1 of 2 passed</dd>');
  });

  it('draws exactly two charts', () => {
    expect(html.match(/<svg/g)).toHaveLength(2);
  });

  it('stacks restart bars by reason, heights proportional to restarts', () => {
    const rects = chart(html, 'restarts-chart-title');
    expect(rects.map((r) => [r['data-month'], r['data-reason'], r['data-count']])).toEqual([
      ['2025-10', 'baseline', '1'],
      ['2025-11', 'license-expired', '2'],
      ['2025-11', 'requested', '1'],
    ]);
    const heights = rects.map((r) => Number(r.height));
    // Axis top is 3 restarts over a 220-pixel plot.
    expect(heights[0]).toBeCloseTo(220 / 3, 1);
    expect(heights[1]).toBeCloseTo((2 * 220) / 3, 1);
    expect(heights[2]).toBeCloseTo(220 / 3, 1);
    // The second segment sits on top of the first.
    const [, first, second] = rects;
    expect(Number(second?.y) + Number(second?.height)).toBeCloseTo(Number(first?.y), 1);
    for (const rect of rects) {
      expect(rect.fill).toBe(REASON_COLOURS[rect['data-reason'] as keyof typeof REASON_COLOURS]);
    }
  });

  it('adds an unattributed segment when reason counts fall short of restarts', () => {
    const report = smallReport();
    const month = report.months[0];
    if (month === undefined) throw new Error('fixture has months');
    month.restarts = 3;
    const rects = chart(renderHtml(report), 'restarts-chart-title').filter(
      (r) => r['data-month'] === '2025-10',
    );
    expect(rects.map((r) => [r['data-reason'], r['data-count']])).toEqual([
      ['baseline', '1'],
      ['unattributed', '2'],
    ]);
  });

  it('draws cost bars proportional to cost, and restarts-avoided bars', () => {
    const rects = chart(html, 'cost-chart-title');
    const cost = rects.filter((r) => r['data-cost'] !== undefined);
    expect(cost.map((r) => r['data-cost'])).toEqual(['24', '1234.5', '36']);
    const perDollar = cost.map((r) => Number(r.height) / Number(r['data-cost']));
    for (const ratio of perDollar) expect(ratio).toBeCloseTo(perDollar[0] ?? 0, 3);
    const avoided = rects.filter((r) => r['data-avoided'] !== undefined);
    expect(avoided.map((r) => [r['data-month'], r['data-avoided']])).toEqual([
      ['2025-10', '2'],
      ['2025-12', '2'],
    ]);
  });

  it('gives the cost table exact amounts and totals', () => {
    const cost = section(html, 'cost');
    expect(cost).toContain(
      '<th scope="row">2025-11</th><td class="num">US$1,234.50</td><td class="num">0</td>',
    );
    expect(cost).toContain(
      '<th scope="row">Total</th><td class="num">US$1,294.50</td><td class="num">4</td>',
    );
  });

  it('colours the grid by kind and marks restarts', () => {
    const grid = section(html, 'grid');
    const row = grid.slice(
      grid.indexOf('<th scope="row">web-01</th>'),
      grid.indexOf('</tr>', grid.indexOf('web-01')),
    );
    expect([...row.matchAll(/<td class="k-(\w+)"[^>]*>(.*?)<\/td>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['hotpatch', 'H'],
      ['lcu', 'L<span class="r">2</span>'],
      ['hotpatch', 'H'],
    ]);
    expect(grid).not.toContain('not shown');
  });

  it('caps the grid at 200 machines and says how many are not shown', () => {
    const grid = section(renderHtml(syntheticReport(250, 3)), 'grid');
    expect(grid.match(/<tr><th scope="row">/g)).toHaveLength(200);
    expect(grid).toContain('srv-200');
    expect(grid).not.toContain('srv-201');
    expect(grid).toContain('Showing the first 200 of 250 machines; 50 not shown');
  });

  it('lists assumptions, expectations and the reproduce command', () => {
    expect(section(html, 'assumptions')).toContain('<code>licenseExpiry</code>');
    expect(section(html, 'assumptions')).toContain('<code>1.5</code>');
    const expectations = section(html, 'expectations');
    expect(expectations.match(/badge pass/g)).toHaveLength(1);
    expect(expectations.match(/badge fail/g)).toHaveLength(1);
    expect(expectations).toContain('<mark><code>restarts=1</code></mark>');
    expect(section(html, 'reproduce')).toContain(
      '<pre><code>npx hotpatch-harness run scenarios/report-fixture.yaml --seed 20251111</code></pre>',
    );
  });

  it('caps the event log at 2,000 rows with a note', () => {
    const report: Report = smallReport();
    report.events = Array.from({ length: 2345 }, (_, i) => ({
      at: '2025-11-03T22:00:00Z',
      machine: 'web-01',
      type: 'script-output',
      detail: `line ${i}`,
    }));
    const events = section(renderHtml(report), 'events');
    expect(events.match(/<tr class="t-script-output">/g)).toHaveLength(2000);
    expect(events).toContain('line 1999<');
    expect(events).not.toContain('line 2000<');
    expect(events).toContain('Showing the first 2,000 of 2,345 events; 345 not shown');
    expect(section(html, 'events')).not.toContain('not shown');
  });

  it('is deterministic and independent of key order', () => {
    expect(renderHtml(smallReport())).toBe(html);
    expect(renderHtml(reverseKeys(smallReport()))).toBe(html);
  });

  it('draws an empty chart when there are no restarts', () => {
    const report = smallReport();
    report.months = report.months.map((m) => ({ ...m, restarts: 0, reasons: {} }));
    const page = renderHtml(report);
    expect(chart(page, 'restarts-chart-title')).toEqual([]);
    expect(page).toContain('No restarts in this period');
  });
});
