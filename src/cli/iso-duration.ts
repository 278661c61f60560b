const UNITS_MS = { D: 86_400_000, H: 3_600_000, M: 60_000, S: 1000 } as const;

/**
 * An ISO 8601 duration in days, hours, minutes and seconds (`PT10M`, `P1DT12H`, `PT0.5S`) in
 * milliseconds; undefined for anything else (years, months and weeks have no fixed length here).
 */
export function parseIsoDuration(text: string): number | undefined {
  const match =
    /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(
      text,
    );
  if (!match || text.toUpperCase() === 'P' || /T$/i.test(text)) return undefined;
  const [, d, h, m, s] = match;
  const parts: Array<[string | undefined, number]> = [
    [d, UNITS_MS.D],
    [h, UNITS_MS.H],
    [m, UNITS_MS.M],
    [s, UNITS_MS.S],
  ];
  return Math.round(parts.reduce((sum, [value, unit]) => sum + (value ? Number(value) * unit : 0), 0));
}
