import { formatCount } from './format-number.js';
import { KIND_LETTER } from './grid-cell.js';
import { escapeHtml } from './html-escape.js';
import { KIND_COLOURS } from './html-palette.js';
import { monthColumns, monthsByKey } from './months.js';
import type { MachineMonth, MonthKind, Report } from './types.js';

/** The grid shows at most this many machines; a page with thousands of rows helps no one. */
export const GRID_MACHINE_CAP = 200;

const KIND_NAMES: Record<MonthKind, string> = {
  hotpatch: 'hotpatch',
  baseline: 'baseline',
  lcu: 'LCU',
  none: 'no release',
};

function cell(machine: string, month: string, entry: MachineMonth | undefined): string {
  if (entry === undefined)
    return `<td class="k-missing" title="${escapeHtml(`${machine} ${month}: no data`)}"></td>`;
  const restarts = entry.restarts > 0 ? `<span class="r">${formatCount(entry.restarts)}</span>` : '';
  const reasons = entry.reasons.length > 0 ? ` (${entry.reasons.join(', ')})` : '';
  const title =
    `${machine} ${month}: ${entry.update ?? 'no update'}, ${KIND_NAMES[entry.kind] ?? entry.kind}, ` +
    `${formatCount(entry.restarts)} restart${entry.restarts === 1 ? '' : 's'}${reasons}`;
  return `<td class="k-${escapeHtml(entry.kind)}" title="${escapeHtml(title)}">${escapeHtml(KIND_LETTER[entry.kind] ?? '?')}${restarts}</td>`;
}

function legend(): string {
  const items = (Object.keys(KIND_COLOURS) as MonthKind[]).map(
    (kind) =>
      `<li><span class="swatch cell-swatch" style="background:${KIND_COLOURS[kind]}">${KIND_LETTER[kind]}</span>${KIND_NAMES[kind]}</li>`,
  );
  items.push('<li><span class="r">2</span>restarts that month</li>');
  return `<ul class="legend inline">${items.join('')}</ul>`;
}

/** The section with the machine × month grid: kind of month by colour and letter, restarts as a number. */
export function gridSection(report: Report, cap = GRID_MACHINE_CAP): string {
  const columns = monthColumns(report);
  const shown = report.machines.slice(0, cap);
  const hidden = report.machines.length - shown.length;
  const head = columns.map((month) => `<th scope="col">${escapeHtml(month)}</th>`).join('');
  const rows = shown.map((machine) => {
    const byMonth = monthsByKey(machine.months);
    const cells = columns.map((month) => cell(machine.name, month, byMonth.get(month))).join('');
    return `<tr><th scope="row">${escapeHtml(machine.name)}</th>${cells}</tr>`;
  });
  const note =
    hidden > 0
      ? `<p class="note">Showing the first ${formatCount(shown.length)} of ${formatCount(report.machines.length)} machines; ` +
        `${formatCount(hidden)} not shown (report.csv and report.json list them all).</p>`
      : '';
  return (
    `<section id="grid"><h2>Machines by month</h2>${legend()}${note}` +
    `<div class="scroll"><table class="grid"><thead><tr><th scope="col">Machine</th>${head}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div></section>`
  );
}
