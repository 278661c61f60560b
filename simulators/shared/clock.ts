import { invariant } from './invariant.js';

/**
 * Virtual time: milliseconds since the Unix epoch, UTC. The simulated world reads time only
 * through a Clock handed to it, never from the host.
 */
export interface Clock {
  now(): number;
}

/** Parses an ISO date or date-time; a value without a zone is UTC (scenario files are UTC). */
export function parseUtc(text: string): number {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const zoned = /(?:[zZ]|[+-]\d\d:?\d\d)$/.test(text);
  const ms = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+)?(?:[zZ]|[+-]\d\d:?\d\d)?$/.test(text)
    ? Date.parse(dateOnly ? `${text}T00:00:00Z` : zoned ? text : `${text}Z`)
    : Number.NaN;
  invariant(!Number.isNaN(ms), `not an ISO date or date-time: ${text}`);
  return ms;
}

/** A clock that moves only when told to; the engine drives one, tests drive their own. */
export class ManualClock implements Clock {
  #now: number;

  constructor(start: number | string) {
    this.#now = typeof start === 'string' ? parseUtc(start) : start;
  }

  now(): number {
    return this.#now;
  }

  /** Moves to a time; virtual time never runs backwards. */
  set(time: number | string): void {
    const next = typeof time === 'string' ? parseUtc(time) : time;
    invariant(next >= this.#now, `virtual time cannot go back from ${this.#now} to ${next}`);
    this.#now = next;
  }

  advance(ms: number): void {
    this.set(this.#now + ms);
  }
}

/** `2025-11-11T00:00:00.000Z`: the one way the world prints an instant. */
export const isoTime = (ms: number): string => new Date(ms).toISOString();
