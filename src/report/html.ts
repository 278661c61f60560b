import { assumptionsSection } from './html-assumptions.js';
import { costSection } from './html-chart-cost.js';
import { restartsSection } from './html-chart-restarts.js';
import { escapeHtml } from './html-escape.js';
import { eventsSection } from './html-events.js';
import { expectationsSection } from './html-expectations.js';
import { gridSection } from './html-grid.js';
import { headerSection } from './html-header.js';
import { HTML_STYLE } from './html-style.js';
import type { Report } from './types.js';

/**
 * report.html: one self-contained page (inline CSS, inline SVG drawn here, no script, nothing
 * fetched), rendered from the Report alone, every piece of text escaped.
 */
export function renderHtml(report: Report): string {
  const title = `${report.scenario}: hotpatch restart report (${report.verdict})`;
  const body = [
    headerSection(report),
    restartsSection(report),
    costSection(report),
    gridSection(report),
    assumptionsSection(report),
    expectationsSection(report),
    `<section id="reproduce"><h2>Reproduce</h2><pre><code>${escapeHtml(report.reproduce)}</code></pre></section>`,
    eventsSection(report),
  ];
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    `<main>${body.join('\n')}</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
