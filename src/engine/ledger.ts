import { isoTime } from '../../simulators/shared/clock.js';
import type { MachineMonth, MonthKind, ReasonCode, ReportEvent, ReportEventType } from '../report/types.js';

/** `YYYY-MM` of an instant (UTC). */
export const monthOf = (ms: number): string => new Date(ms).toISOString().slice(0, 7);

/**
 * What a run records: the event log in time order, and per machine and month the update the
 * Patch Tuesday gave it and every restart with its reason.
 */
export class Ledger {
  readonly events: ReportEvent[] = [];
  /** Per machine, its months by their place in the period (made when something happens in one). */
  readonly #months = new Map<string, Array<MachineMonth | undefined>>();
  readonly #reasonCounts = new Map<string, Map<ReasonCode, number>>();
  /**
   * One copy of each instant's text and of each detail: a large fleet logs the same Patch Tuesday
   * instants and the same update lines for thousands of machines, and keeps every event.
   */
  readonly #instants = new Map<number, string>();
  /** Each instant's month, as its place in the period (-1 outside it). */
  readonly #monthsAt = new Map<number, number>();
  readonly #details = new Map<string, string>();

  constructor(readonly period: readonly string[]) {}

  /** Appends to the event log; callers log in time order. */
  log(at: number, machine: string, type: ReportEventType, detail: string): void {
    let instant = this.#instants.get(at);
    if (instant === undefined) {
      instant = isoTime(at);
      this.#instants.set(at, instant);
    }
    let text = this.#details.get(detail);
    if (text === undefined) {
      text = detail;
      this.#details.set(detail, detail);
    }
    this.events.push({ at: instant, machine, type, detail: text });
  }

  /** A restart and its reason. */
  restart(at: number, machine: string, reason: ReasonCode): void {
    const month = this.#month(machine, at);
    if (!month) return;
    month.restarts++;
    if (!month.reasons.includes(reason)) month.reasons.push(reason);
    const counts = this.#reasonCounts.get(month.month) ?? new Map<ReasonCode, number>();
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
    this.#reasonCounts.set(month.month, counts);
  }

  /** The fleet's restarts in a month, counted by reason, reasons in alphabetical order. */
  restartsByReason(month: string): Partial<Record<ReasonCode, number>> {
    const counts = [...(this.#reasonCounts.get(month) ?? [])].sort(([a], [b]) => a.localeCompare(b));
    return Object.fromEntries(counts);
  }

  /**
   * The month's Patch Tuesday release a machine installed, and every reason it was not the
   * hotpatch (an LCU month names them all; the restart itself counts under the first).
   */
  patchTuesday(
    at: number,
    machine: string,
    update: string,
    kind: Exclude<MonthKind, 'none'>,
    causes: readonly ReasonCode[] = [],
  ): void {
    const month = this.#month(machine, at);
    if (!month) return;
    month.update = update;
    month.kind = kind;
    for (const cause of causes) if (!month.reasons.includes(cause)) month.reasons.push(cause);
  }

  /** A machine's months over the whole period, `none` where nothing happened. */
  machineMonths(machine: string): MachineMonth[] {
    const months = this.#months.get(machine);
    return this.period.map((m, i) => months?.[i] ?? empty(m));
  }

  #month(machine: string, at: number): MachineMonth | undefined {
    let index = this.#monthsAt.get(at);
    if (index === undefined) {
      index = this.period.indexOf(monthOf(at));
      this.#monthsAt.set(at, index);
    }
    const month = this.period[index];
    if (month === undefined) return undefined;
    let months = this.#months.get(machine);
    if (!months) {
      months = new Array(this.period.length);
      this.#months.set(machine, months);
    }
    let entry = months[index];
    if (!entry) {
      // The period's own string, not one cut from a date again: every machine shares it.
      entry = empty(month);
      months[index] = entry;
    }
    return entry;
  }
}

const empty = (month: string): MachineMonth => ({
  month,
  update: null,
  kind: 'none',
  restarts: 0,
  reasons: [],
});
