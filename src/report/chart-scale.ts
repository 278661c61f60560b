/** A value axis from 0 to `top` with a tick every `step`. */
export interface AxisScale {
  top: number;
  step: number;
  ticks: number[];
}

/**
 * A value axis for data peaking at `max`: about four ticks on a 1-2-5 step, integer steps when the
 * values are counts. Built by multiplication rather than logarithms so every host agrees.
 */
export function niceScale(max: number, integer: boolean): AxisScale {
  const target = Math.max(max, 0) / 4;
  let magnitude = 1;
  while (magnitude * 10 <= target) magnitude *= 10;
  while (magnitude > target && magnitude > 1e-6) magnitude /= 10;
  let step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= target) ?? magnitude * 10;
  if (integer) step = Math.max(1, Math.round(step));
  if (!(step > 0)) step = 1;
  const count = Math.max(1, Math.ceil(max / step - 1e-9));
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { top: ticks[ticks.length - 1] ?? step, step, ticks };
}

/** A coordinate for SVG: at most two decimals, no trailing zeros, never `-0`. */
export function svgNumber(value: number): string {
  const rounded = Number(value.toFixed(2));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An axis label for a `YYYY-MM` month: the English month name, with the year on the first column
 * and on each January. Fixed names, not the host's locale. Anything else is shown as it is.
 */
export function monthAxisLabel(month: string, index: number): { name: string; year: string } {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const name = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  if (!match || name === undefined) return { name: month, year: '' };
  return { name, year: index === 0 || name === 'Jan' ? (match[1] ?? '') : '' };
}
