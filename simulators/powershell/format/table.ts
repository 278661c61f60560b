import { HOST_WIDTH } from '../errors/render-error.js';

/** A column: its header, whether numbers right-align it, and its cells. */
export interface Column {
  readonly header: string;
  readonly rightAligned: boolean;
  readonly width?: number;
}

/**
 * Table text as Windows PowerShell 5.1's Out-Default writes it: a blank line, the headers, a
 * dash line as long as each header (not the column), the rows, then two blank lines (3P:
 * PowerShell/PowerShell#8247 shows 5.1's group start and end newlines). Columns are as wide as
 * their widest cell, one space apart; numbers align right. ASSUME: a 120-column console; a row
 * too wide for it cuts its last column with "...".
 */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string[] {
  const widths = columns.map(
    (column, i) =>
      column.width ?? Math.max(column.header.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const lastStart = widths.slice(0, -1).reduce((sum, width) => sum + width + 1, 0);
  const last = widths.length - 1;
  if (last >= 0 && lastStart + (widths[last] ?? 0) > HOST_WIDTH - 1)
    widths[last] = Math.max(HOST_WIDTH - 1 - lastStart, 3);
  const cell = (text: string, i: number) => {
    const width = widths[i] ?? 0;
    const fitted = text.length > width ? `${text.slice(0, Math.max(width - 3, 0))}...` : text;
    return columns[i]?.rightAligned ? fitted.padStart(width) : fitted.padEnd(width);
  };
  const line = (cells: readonly string[]) => cells.map(cell).join(' ').trimEnd();
  return [
    '',
    line(columns.map((c) => c.header)),
    line(columns.map((c) => '-'.repeat(c.header.length))),
    ...rows.map(line),
    '',
    '',
  ];
}
