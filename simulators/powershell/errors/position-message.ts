import type { ScriptPosition } from './error-record.js';

const MAX = 69;

/**
 * InvocationInfo.PositionMessage as Windows PowerShell 5.1 writes it (DOC: PositionUtilities.
 * VerboseMessage in System.Management.Automation 5.1): `At <file>:<line> char:<col>` (or
 * `At line:N char:M` without a file), the source line after "+ ", and a "~" under the extent.
 * Tabs become four spaces; a line longer than 69 characters is cut around the extent with
 * "... " and " ...".
 */
export function positionMessage(position: ScriptPosition): string {
  const { extent } = position;
  const where = position.file ?? 'line';
  let line = (position.source.split(/\r?\n/)[extent.line - 1] ?? '').trimEnd();
  if (!line) return `At ${where}:${extent.line} char:${extent.column}\n+ `;
  let start = extent.column - 1;
  let length =
    extent.line === extent.endLine ? extent.endColumn - extent.column : line.length - extent.column + 1;
  if (line.includes('\t')) {
    const before = line.slice(0, start).replaceAll('\t', '    ');
    const inside = line.slice(start, start + length).replaceAll('\t', '    ');
    line = before + inside + line.slice(start + length).replaceAll('\t', '    ');
    start = before.length;
    length = inside.length;
  }
  let prefixDots = false;
  let suffixDots = false;
  if (line.length > MAX) {
    const before = start;
    let keepBefore = Math.min(before, 12);
    const after = line.length - length - start;
    let keepAfter = Math.min(after, 8);
    let total = keepBefore + length + keepAfter;
    if (total >= MAX) {
      if (keepBefore + length >= MAX) length = MAX - keepBefore;
      suffixDots = true;
    } else {
      const more = before - keepBefore;
      if (more > 0) {
        keepBefore += Math.min(more, MAX - total);
        total = keepBefore + length + keepAfter;
      }
      if (total < MAX && after > 0) keepAfter += Math.min(after, MAX - total);
      suffixDots = keepAfter < after;
    }
    prefixDots = keepBefore < before;
    line = line.slice(Math.max(start - keepBefore, 0), Math.max(start - keepBefore, 0) + MAX);
    start = Math.min(start, keepBefore);
    length = Math.min(length, MAX - start);
  }
  const text = `${prefixDots ? '... ' : ''}${line}${suffixDots ? ' ...' : ''}`;
  const marker = `${' '.repeat(start + (prefixDots ? 4 : 0))}${'~'.repeat(length > 0 ? length : 1)}`;
  return `At ${where}:${extent.line} char:${extent.column}\n+ ${text}\n+ ${marker}`;
}
