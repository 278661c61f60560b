import type { Report } from './types.js';

/** One CSV field, quoted per RFC 4180 when it holds a comma, a quote, CR or LF. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** report.csv: one row per machine-month, a header row, CRLF line ends (RFC 4180). */
export function renderCsv(report: Report): string {
  const lines = ['machine,month,update,kind,restarts,reasons'];
  for (const machine of report.machines) {
    for (const m of machine.months) {
      const fields = [machine.name, m.month, m.update ?? '', m.kind, String(m.restarts), m.reasons.join(';')];
      lines.push(fields.map(csvField).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
