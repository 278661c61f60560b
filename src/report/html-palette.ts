import type { MonthKind, ReasonCode } from './types.js';

/**
 * One colour per reason code, the same in every chart and legend. Okabe-Ito colours, which stay
 * distinct for the common forms of colour blindness.
 */
export const REASON_COLOURS: Record<ReasonCode, string> = {
  baseline: '#0072b2',
  'not-enrolled': '#cc79a7',
  'vbs-not-running': '#e69f00',
  'off-baseline': '#56b4e9',
  'license-expired': '#d55e00',
  requested: '#009e73',
  'update-install': '#f0e442',
};

/** Restarts a month counts but no reason code explains (or a code newer than this renderer). */
export const OTHER_REASON_COLOUR = '#8c8c8c';

/** Cell backgrounds of the machine grid: light enough for dark letters on top. */
export const KIND_COLOURS: Record<MonthKind, string> = {
  hotpatch: '#b8e6c9',
  baseline: '#b3d4f5',
  lcu: '#ffc98f',
  none: '#ececec',
};

/** A reason code's colour, grey for any code this renderer does not know. */
export function reasonColour(code: string): string {
  return (REASON_COLOURS as Record<string, string>)[code] ?? OTHER_REASON_COLOUR;
}
