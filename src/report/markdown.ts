import { describeRecord } from './canonical.js';
import { formatCount, formatUsd } from './format-number.js';
import { gridCellCode } from './grid-cell.js';
import { codeBlock, escapeMarkdown } from './markdown-escape.js';
import { monthColumns, monthsByKey } from './months.js';
import { orderedReasons } from './reasons.js';
import type { Report } from './types.js';

type Align = 'left' | 'right';

/** A GitHub table; cells arrive already escaped. */
function table(header: string[], align: Align[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const rule = align.map((a) => (a === 'right' ? '---:' : '---'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/** A month's reason counts as one cell: `license-expired: 2, requested: 1`, or `-` when none. */
export function reasonsCell(reasons: Partial<Record<string, number>>): string {
  const pairs = orderedReasons(reasons);
  if (pairs.length === 0) return '-';
  return escapeMarkdown(pairs.map(([code, count]) => `${code}: ${formatCount(count)}`).join(', '));
}

function monthsSection(report: Report): string {
  const rows = report.months.map((m) => [
    escapeMarkdown(m.month),
    formatCount(m.machines),
    formatCount(m.hotpatched),
    formatCount(m.restarted),
    formatCount(m.restarts),
    reasonsCell(m.reasons),
    // Our own text with a single `$`, which no Markdown reads as math: left unescaped to read well.
    formatUsd(m.hotpatchCost),
    formatCount(m.restartsAvoided),
  ]);
  const header = [
    'Month',
    'Machines',
    'Hotpatched',
    'Restarted',
    'Restarts',
    'Reasons',
    'Hotpatch cost',
    'Restarts avoided',
  ];
  const align: Align[] = ['left', 'right', 'right', 'right', 'right', 'left', 'right', 'right'];
  return `## Months\n\n${table(header, align, rows)}`;
}

/** The Markdown grid shows at most this many machines, the event log this many events. */
export const MARKDOWN_CAPS = { machines: 2000, events: 10_000 } as const;

/** A line saying how many rows a capped section leaves out, and where to find them. */
function capNote(shown: number, total: number, what: string, where: string): string {
  return shown < total
    ? `\n\n${escapeMarkdown(`Showing the first ${formatCount(shown)} of ${formatCount(total)} ${what}; ${where}.`)}`
    : '';
}

function gridSection(report: Report): string {
  const columns = monthColumns(report);
  const shown = report.machines.slice(0, MARKDOWN_CAPS.machines);
  const rows = shown.map((machine) => {
    const byMonth = monthsByKey(machine.months);
    return [escapeMarkdown(machine.name), ...columns.map((month) => gridCellCode(byMonth.get(month)))];
  });
  const legend =
    'Each cell is what Patch Tuesday gave the machine (H hotpatch, B baseline, L LCU, - no release), ' +
    "followed by the month's restart count when there was any.";
  const header = ['Machine', ...columns.map(escapeMarkdown)];
  const align: Align[] = ['left', ...columns.map((): Align => 'left')];
  const note = capNote(
    shown.length,
    report.machines.length,
    'machines',
    'report.json and report.csv have them all',
  );
  return `## Machines by month\n\n${escapeMarkdown(legend)}\n\n${table(header, align, rows)}${note}`;
}

function assumptionsSection(report: Report): string {
  if (report.assumptions.length === 0) return '## Assumptions\n\nThis run relied on no ASSUME knob.';
  const rows = report.assumptions.map((a) => [
    escapeMarkdown(a.knob),
    escapeMarkdown(String(a.value)),
    escapeMarkdown(a.grade),
    escapeMarkdown(a.doc),
  ]);
  return `## Assumptions\n\n${table(['Knob', 'Value', 'Grade', 'Doc'], ['left', 'left', 'left', 'left'], rows)}`;
}

function pairsText(record: Record<string, unknown>): string {
  const text = describeRecord(record)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
  return text === '' ? '-' : escapeMarkdown(text);
}

function expectationsSection(report: Report): string {
  if (report.expectations.length === 0) return '## Expectations\n\nThe scenario sets no expectations.';
  const rows = report.expectations.map((e) => [
    e.pass ? 'pass' : '**FAIL**',
    pairsText(e.expect),
    pairsText(e.actual),
  ]);
  return `## Expectations\n\n${table(['Result', 'Expected', 'Actual'], ['left', 'left', 'left'], rows)}`;
}

function eventsSection(report: Report): string {
  if (report.events.length === 0) return '## Events\n\nNo events.';
  const shown = report.events.slice(0, MARKDOWN_CAPS.events);
  const rows = shown.map((e) => [
    escapeMarkdown(e.at),
    escapeMarkdown(e.machine),
    escapeMarkdown(e.type),
    escapeMarkdown(e.detail),
  ]);
  const note = capNote(shown.length, report.events.length, 'events', 'report.json has them all');
  return `## Events\n\n${table(['At', 'Machine', 'Type', 'Detail'], ['left', 'left', 'left', 'left'], rows)}${note}`;
}

/** report.md: the whole report as GitHub Markdown, rendered from the Report alone. */
export function renderMarkdown(report: Report): string {
  const verdict = report.verdict === 'pass' ? 'PASS' : report.verdict === 'fail' ? 'FAIL' : report.verdict;
  const title = [
    `# Restart report: ${escapeMarkdown(report.scenario)}`,
    '',
    `Seed ${escapeMarkdown(String(report.seed))}, ${escapeMarkdown(report.period.from)} to ` +
      `${escapeMarkdown(report.period.to)}, verdict **${escapeMarkdown(verdict)}**`,
  ].join('\n');
  const sections = [
    title,
    monthsSection(report),
    gridSection(report),
    assumptionsSection(report),
    expectationsSection(report),
    `## Reproduce\n\n${codeBlock(report.reproduce, 'sh')}`,
    eventsSection(report),
  ];
  return `${sections.join('\n\n')}\n`;
}
