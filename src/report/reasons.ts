import type { ReasonCode } from './types.js';

/** Every reason code, in the order the Report type declares them: the canonical order everywhere. */
export const REASON_CODES: readonly ReasonCode[] = [
  'baseline',
  'not-enrolled',
  'vbs-not-running',
  'off-baseline',
  'license-expired',
  'requested',
  'update-install',
];

/**
 * A month's reason counts as pairs: known codes in canonical order, then any other key (a newer
 * producer's code) in code-unit order, so the result never depends on how the record was built.
 */
export function orderedReasons(reasons: Partial<Record<string, number>>): Array<[string, number]> {
  const known = REASON_CODES.filter((code) => reasons[code] !== undefined);
  const others = Object.keys(reasons)
    .filter((key) => !(REASON_CODES as readonly string[]).includes(key) && reasons[key] !== undefined)
    .sort(compareCodeUnits);
  return [...known, ...others].map((key) => [key, reasons[key] ?? 0]);
}

/** Orders strings by UTF-16 code units: never by locale, so every host agrees. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
