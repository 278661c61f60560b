import type { EventKeys, InstantTable } from '../../report/merge-events.js';
import type { MachineMonth, Report, ReportEvent } from '../../report/types.js';

/**
 * A report as a worker thread sends it back: every string once in a table, machines' months and
 * events as indices into it. Copying millions of small objects between threads costs seconds (each
 * string is copied at every use); the table and the typed arrays cost milliseconds, and the arrays
 * are moved, not copied.
 */
export interface PackedReport {
  /** The report without its machines and events. */
  readonly head: Omit<Report, 'machines' | 'events'>;
  readonly strings: readonly string[];
  /** Per machine: its name, then how many months it has. */
  readonly machines: Uint32Array;
  /** Per machine-month: month, update (0 for none, else index + 1), kind, restarts, reasons. */
  readonly months: Uint32Array;
  /** Per event: at, machine, type, detail. */
  readonly events: Uint32Array;
}

const MONTH_FIELDS = 5;
const EVENT_FIELDS = 4;

/** Packs a report for the trip from a worker thread (see {@link unpackReport}). */
export function packReport(report: Report): PackedReport {
  const { machines, events, ...head } = report;
  const strings: string[] = [];
  const index = new Map<string, number>();
  const ref = (text: string): number => {
    let i = index.get(text);
    if (i === undefined) {
      i = strings.push(text) - 1;
      index.set(text, i);
    }
    return i;
  };
  const machineTable = new Uint32Array(machines.length * 2);
  const monthTable = new Uint32Array(machines.reduce((n, m) => n + m.months.length, 0) * MONTH_FIELDS);
  let at = 0;
  machines.forEach((machine, i) => {
    machineTable[2 * i] = ref(machine.name);
    machineTable[2 * i + 1] = machine.months.length;
    for (const month of machine.months) {
      monthTable[at] = ref(month.month);
      monthTable[at + 1] = month.update === null ? 0 : ref(month.update) + 1;
      monthTable[at + 2] = ref(month.kind);
      monthTable[at + 3] = month.restarts;
      monthTable[at + 4] = ref(
        month.reasons.length === 1 ? (month.reasons[0] as string) : month.reasons.join(','),
      );
      at += MONTH_FIELDS;
    }
  });
  const eventTable = new Uint32Array(events.length * EVENT_FIELDS);
  // Element by element: an array literal per event would be millions of allocations.
  events.forEach((event, i) => {
    const at = i * EVENT_FIELDS;
    eventTable[at] = ref(event.at);
    eventTable[at + 1] = ref(event.machine);
    eventTable[at + 2] = ref(event.type);
    eventTable[at + 3] = ref(event.detail);
  });
  return { head, strings, machines: machineTable, months: monthTable, events: eventTable };
}

/** The buffers of a packed report, to move rather than copy in `postMessage`. */
export const packedBuffers = (packed: PackedReport): ArrayBuffer[] =>
  [packed.machines, packed.months, packed.events].map((a) => a.buffer as ArrayBuffer);

/** The report a packed one came from, equal to it field for field. */
export function unpackReport(packed: PackedReport): Report {
  const { strings } = packed;
  const text = (i: number | undefined): string => strings[i ?? -1] ?? '';
  // Each list is split once; every month gets its own copy, as a report built in-thread has.
  const reasonLists = new Map<number, MachineMonth['reasons']>();
  const reasons = (i: number): MachineMonth['reasons'] => {
    let list = reasonLists.get(i);
    if (!list) {
      list = text(i) === '' ? [] : (text(i).split(',') as MachineMonth['reasons']);
      reasonLists.set(i, list);
    }
    return list;
  };
  const m = packed.months;
  let at = 0;
  const machines: Report['machines'] = [];
  for (let i = 0; i < packed.machines.length; i += 2) {
    const months: MachineMonth[] = [];
    for (let k = packed.machines[i + 1] ?? 0; k > 0; k--, at += MONTH_FIELDS) {
      const update = m[at + 1] ?? 0;
      months.push({
        month: text(m[at]),
        update: update === 0 ? null : text(update - 1),
        kind: text(m[at + 2]) as MachineMonth['kind'],
        restarts: m[at + 3] ?? 0,
        reasons: [...reasons(m[at + 4] ?? 0)],
      });
    }
    machines.push({ name: text(packed.machines[i]), months });
  }
  const e = packed.events;
  const events: ReportEvent[] = [];
  for (let i = 0; i < e.length; i += EVENT_FIELDS) {
    events.push({
      at: text(e[i]),
      machine: text(e[i + 1]),
      type: text(e[i + 2]) as ReportEvent['type'],
      detail: text(e[i + 3]),
    });
  }
  return { ...packed.head, machines, events };
}

/**
 * The sort keys of a packed report's events, read from its tables while they are at hand, so that
 * the merge of many batches reads no event (merge-events.ts): each event's instant, numbered in
 * the run's `instants`, and its machine's position in the report's machine list.
 */
export function eventKeysOf(packed: PackedReport, instants: InstantTable): EventKeys {
  const { strings } = packed;
  const instantOf = new Int32Array(strings.length).fill(-1);
  const positionOf = new Int32Array(strings.length).fill(-1);
  for (let j = 0; 2 * j < packed.machines.length; j++) positionOf[packed.machines[2 * j] as number] = j;
  const e = packed.events;
  const count = e.length / EVENT_FIELDS;
  const at = new Uint32Array(count);
  const machine = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const text = e[i * EVENT_FIELDS] as number;
    let id = instantOf[text] as number;
    if (id < 0) {
      id = instants.id(strings[text] ?? '');
      instantOf[text] = id;
    }
    at[i] = id;
    machine[i] = positionOf[e[i * EVENT_FIELDS + 1] as number] as number;
  }
  return { instants, at, machine };
}
