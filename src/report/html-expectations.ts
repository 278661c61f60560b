import { describeRecord } from './canonical.js';
import { escapeHtml } from './html-escape.js';
import type { ExpectResult, Report } from './types.js';

/** `key=value` pairs; on a failed expectation, the keys whose values differ are marked. */
function pairs(record: Record<string, unknown>, other: Record<string, unknown>, markDiffs: boolean): string {
  const described = describeRecord(record);
  if (described.length === 0) return '-';
  const otherValues = new Map(describeRecord(other));
  return described
    .map(([key, value]) => {
      const text = `<code>${escapeHtml(`${key}=${value}`)}</code>`;
      const differs = otherValues.has(key) && otherValues.get(key) !== value;
      return markDiffs && differs ? `<mark>${text}</mark>` : text;
    })
    .join(' ');
}

function row(result: ExpectResult): string {
  const badge = result.pass ? '<span class="badge pass">pass</span>' : '<span class="badge fail">fail</span>';
  return (
    `<tr${result.pass ? '' : ' class="failed"'}><td>${badge}</td><td>${pairs(result.expect, result.actual, !result.pass)}</td>` +
    `<td>${pairs(result.actual, result.expect, !result.pass)}</td></tr>`
  );
}

/** The section with each `expect` entry, what the run gave, and whether it held. */
export function expectationsSection(report: Report): string {
  if (report.expectations.length === 0) {
    return '<section id="expectations"><h2>Expectations</h2><p>The scenario sets no expectations.</p></section>';
  }
  return (
    '<section id="expectations"><h2>Expectations</h2><table class="data"><thead><tr><th scope="col">Result</th>' +
    `<th scope="col">Expected</th><th scope="col">Actual</th></tr></thead><tbody>${report.expectations.map(row).join('')}</tbody></table></section>`
  );
}
