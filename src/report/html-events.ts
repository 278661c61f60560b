import { formatCount } from './format-number.js';
import { escapeHtml } from './html-escape.js';
import type { Report } from './types.js';

/** The event log shows at most this many rows; report.json keeps every event. */
export const EVENT_ROW_CAP = 2000;

/** The section with the event log, capped with a note saying how many rows are not shown. */
export function eventsSection(report: Report, cap = EVENT_ROW_CAP): string {
  const total = report.events.length;
  if (total === 0) return '<section id="events"><h2>Events</h2><p>No events.</p></section>';
  const shown = report.events.slice(0, cap);
  const rows = shown.map(
    (e) =>
      `<tr class="t-${escapeHtml(e.type)}"><td class="at">${escapeHtml(e.at)}</td><td>${escapeHtml(e.machine)}</td>` +
      `<td>${escapeHtml(e.type)}</td><td class="detail">${escapeHtml(e.detail)}</td></tr>`,
  );
  const note =
    shown.length < total
      ? `<p class="note">Showing the first ${formatCount(shown.length)} of ${formatCount(total)} events; ` +
        `${formatCount(total - shown.length)} not shown (report.json and report.md list them all).</p>`
      : '';
  return (
    `<section id="events"><h2>Events</h2>${note}<table class="data events"><thead><tr><th scope="col">At</th>` +
    '<th scope="col">Machine</th><th scope="col">Type</th><th scope="col">Detail</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table></section>`
  );
}
