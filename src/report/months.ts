import { compareCodeUnits } from './reasons.js';
import type { MachineMonth, Report } from './types.js';

/**
 * The months a report's tables and grids show: the fleet months in report order, then any month a
 * machine has that the fleet list lacks (sorted), so no machine-month is ever dropped from view.
 */
export function monthColumns(report: Report): string[] {
  const columns = report.months.map((month) => month.month);
  const seen = new Set(columns);
  const extra = new Set<string>();
  for (const machine of report.machines) {
    for (const month of machine.months) if (!seen.has(month.month)) extra.add(month.month);
  }
  return [...columns, ...[...extra].sort(compareCodeUnits)];
}

/** A machine's months by month, for grid lookups (the first entry wins if a month repeats). */
export function monthsByKey(months: readonly MachineMonth[]): Map<string, MachineMonth> {
  const byKey = new Map<string, MachineMonth>();
  for (const month of months) if (!byKey.has(month.month)) byKey.set(month.month, month);
  return byKey;
}
