import { escapeHtml } from './html-escape.js';
import type { Report } from './types.js';

/** The section listing the ASSUME knobs the run relied on, with their values and documentation. */
export function assumptionsSection(report: Report): string {
  if (report.assumptions.length === 0) {
    return '<section id="assumptions"><h2>Assumptions</h2><p>This run relied on no ASSUME knob.</p></section>';
  }
  const rows = report.assumptions.map(
    (a) =>
      `<tr><th scope="row"><code>${escapeHtml(a.knob)}</code></th><td><code>${escapeHtml(String(a.value))}</code></td>` +
      `<td>${escapeHtml(a.grade)}</td><td>${escapeHtml(a.doc)}</td></tr>`,
  );
  return (
    '<section id="assumptions"><h2>Assumptions</h2>' +
    '<table class="data"><thead><tr><th scope="col">Knob</th><th scope="col">Value</th><th scope="col">Grade</th>' +
    `<th scope="col">Doc</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`
  );
}
