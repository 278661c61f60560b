/** `YYYY-MM` of a year and a 1-based month. */
export const monthId = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}`;

/** The month after `YYYY-MM`. */
export function nextMonth(month: string): string {
  const [y = 0, m = 0] = month.split('-').map(Number);
  return m === 12 ? monthId(y + 1, 1) : monthId(y, m + 1);
}

/** Every month from `from` to `to`, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = nextMonth(m)) out.push(m);
  return out;
}

/** Patch Tuesday: the second Tuesday of the month (DOC), as `YYYY-MM-DD`. */
export function patchTuesday(month: string): string {
  const [y = 0, m = 0] = month.split('-').map(Number);
  const firstWeekday = new Date(Date.UTC(y, m - 1, 1)).getUTCDay(); // 0 = Sunday
  const firstTuesday = 1 + ((2 - firstWeekday + 7) % 7);
  return `${month}-${String(firstTuesday + 7).padStart(2, '0')}`;
}

/** January, April, July and October are baseline months in the planned cycle (DOC). */
export const isPlannedBaselineMonth = (month: string): boolean =>
  [1, 4, 7, 10].includes(Number(month.slice(5, 7)));
