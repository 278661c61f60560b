import { invariant } from '../shared/invariant.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The CIM DATETIME text of an instant (DOC: DMTF `yyyymmddHHMMSS.mmmmmmsUUU`, UUU the UTC offset
 * in minutes). The emulated machines keep UTC, so the offset is always `+000` (ASSUME).
 */
export function toDmtf(ms: number): string {
  invariant(Number.isFinite(ms), () => `a CIM datetime needs a finite time, got ${ms}`);
  const d = new Date(ms);
  const date = `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}`;
  const time = `${pad(d.getUTCHours(), 2)}${pad(d.getUTCMinutes(), 2)}${pad(d.getUTCSeconds(), 2)}`;
  return `${date}${time}.${pad(d.getUTCMilliseconds() * 1000, 6)}+000`;
}

const DMTF = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\.(\d{6})([+-])(\d{3})$/;

/** Reads a DMTF datetime into virtual ms (UTC); undefined when the text is no DMTF datetime. */
export function parseDmtf(text: string): number | undefined {
  const m = DMTF.exec(text);
  if (!m) return undefined;
  const n = (i: number) => Number(m[i]);
  const local = Date.UTC(n(1), n(2) - 1, n(3), n(4), n(5), n(6), Math.floor(n(7) / 1000));
  // The offset says how far local time is ahead of UTC (DOC).
  const offsetMs = (m[8] === '-' ? -1 : 1) * n(9) * 60_000;
  return local - offsetMs;
}
