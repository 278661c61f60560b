import type { MachineMonth, MonthKind } from './types.js';

/** The grid letter for each kind of month (ASCII, so every viewer and font shows it). */
export const KIND_LETTER: Record<MonthKind, string> = {
  hotpatch: 'H',
  baseline: 'B',
  lcu: 'L',
  none: '-',
};

/**
 * A machine-month as a grid cell: the kind letter, then the restart count when there was any
 * (`L1`, `H`, `B1`, `-`, and `-1` for a restart in a month without a release). A month the machine
 * has no entry for is an empty cell.
 */
export function gridCellCode(month: MachineMonth | undefined): string {
  if (month === undefined) return '';
  const letter = KIND_LETTER[month.kind] ?? '?';
  return month.restarts > 0 ? `${letter}${month.restarts}` : letter;
}
