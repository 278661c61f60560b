import { escapeHtml } from './html-escape.js';
import type { Report } from './types.js';

/** One scenario's line on the index: its report and where the pages are, relative to the index. */
export interface IndexEntry {
  readonly report: Report;
  /** The scenario's folder name under the reports folder. */
  readonly folder: string;
}

/**
 * The reports folder's index.html: every scenario with its verdict, fleet size, period, restarts
 * and hotpatches, linking to its own page. Self-contained, like the reports.
 */
export function renderIndexPage(entries: readonly IndexEntry[]): string {
  const rows = entries.map(({ report, folder }) => {
    const restarts = report.months.reduce((sum, m) => sum + m.restarts, 0);
    const hotpatches = report.months.reduce((sum, m) => sum + m.hotpatched, 0);
    const machines = report.machines.length;
    const failed = report.expectations.filter((e) => !e.pass).length;
    const verdict = report.verdict === 'pass' ? 'pass' : `fail (${failed})`;
    return `<tr><td><a href="${escapeHtml(folder)}/report.html">${escapeHtml(report.scenario)}</a></td><td class="${report.verdict}">${escapeHtml(verdict)}</td><td>${machines}</td><td>${escapeHtml(report.period.from)} – ${escapeHtml(report.period.to)}</td><td>${restarts}</td><td>${hotpatches}</td></tr>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>hotpatch-harness reports</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem; color: #1d2330; }
table { border-collapse: collapse; }
th, td { padding: .35rem .8rem; border-bottom: 1px solid #d8dce5; text-align: left; }
th { background: #f1f3f7; }
td.pass { color: #17693b; font-weight: 600; }
td.fail { color: #a4161a; font-weight: 600; }
</style>
</head>
<body>
<h1>hotpatch-harness reports</h1>
<p>${entries.length} scenarios. Each report is also written as report.json (canonical), report.md and report.csv.</p>
<table>
<thead><tr><th>scenario</th><th>verdict</th><th>machines</th><th>period</th><th>restarts</th><th>hotpatches</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</body>
</html>
`;
}
