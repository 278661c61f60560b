import { invariant } from './invariant.js';

/**
 * Virtual time: milliseconds since the Unix epoch, UTC. The simulated world reads time only
 * through a Clock handed to it, never from the host.
 */
export interface Clock {
  now(): number;
}

/**
 * Parses an ISO date or date-time; a value without a zone is UTC (scenario files are UTC). A day
 * the month does not have (`2025-02-30`) is an error, not the next month's day.
 */
export function parseUtc(text: string): number {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const zoned = /(?:[zZ]|[+-]\d\d:?\d\d)$/.test(text);
  const date = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+)?(?:[zZ]|[+-]\d\d:?\d\d)?$/.exec(text);
  const ms = date ? Date.parse(dateOnly ? `${text}T00:00:00Z` : zoned ? text : `${text}Z`) : Number.NaN;
  invariant(!Number.isNaN(ms) && date && isCalendarDay(date), () => `not an ISO date or date-time: ${text}`);
  return ms;
}

/** False for a day the month does not have, which Date.parse rolls over into the next month. */
function isCalendarDay([, year, month, day]: RegExpExecArray): boolean {
  const date = new Date(0);
  date.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

/** A clock that moves only when told to; the engine drives one, tests drive their own. */
export class ManualClock implements Clock {
  #now: number;

  constructor(start: number | string) {
    this.#now = typeof start === 'string' ? parseUtc(start) : start;
    invariant(Number.isFinite(this.#now), () => `a clock starts at a finite time, got ${start}`);
  }

  now(): number {
    return this.#now;
  }

  /** Moves to a time; virtual time never runs backwards. */
  set(time: number | string): void {
    const next = typeof time === 'string' ? parseUtc(time) : time;
    invariant(Number.isFinite(next), () => `virtual time must be finite, got ${time}`);
    invariant(next >= this.#now, () => `virtual time cannot go back from ${this.#now} to ${next}`);
    this.#now = next;
  }

  advance(ms: number): void {
    this.set(this.#now + ms);
  }
}

/** `2025-11-11T00:00:00.000Z`: the one way the world prints an instant. */
export const isoTime = (ms: number): string => new Date(ms).toISOString();
