import type { MachineMonth, Report, ReportEvent } from './types.js';

/**
 * JSON string literals of the texts a large report repeats (months, kinds, updates, reasons,
 * instants, event types): each is escaped once. Texts that do not repeat are escaped each time.
 */
export class JsonStrings {
  readonly #known = new Map<string, string>();

  /** The literal, remembered. */
  repeated(text: string): string {
    let literal = this.#known.get(text);
    if (literal === undefined) {
      literal = JSON.stringify(text);
      if (this.#known.size >= 100_000) this.#known.clear();
      this.#known.set(text, literal);
    }
    return literal;
  }
}

/** True when the list has no holes and every element passes (`every` skips holes; JSON writes them as null). */
function allPresent<T>(list: readonly T[], ok: (item: T) => boolean): boolean {
  for (let i = 0; i < list.length; i++) if (!(i in list) || !ok(list[i] as T)) return false;
  return true;
}

const isMonth = (m: MachineMonth): boolean =>
  typeof m === 'object' &&
  m !== null &&
  typeof m.month === 'string' &&
  (m.update === null || typeof m.update === 'string') &&
  typeof m.kind === 'string' &&
  Number.isFinite(m.restarts) &&
  Array.isArray(m.reasons) &&
  allPresent(m.reasons, (r) => typeof r === 'string');

/**
 * A machine of report.json at depth 2, as `JSON.stringify(machine, null, 2)` indented by four
 * spaces writes it, keys in the Report type's order; undefined for a machine whose fields are not
 * of the report's types (the caller then takes the general path).
 */
export function machineJson(machine: Report['machines'][number], strings: JsonStrings): string | undefined {
  if (
    typeof machine.name !== 'string' ||
    !Array.isArray(machine.months) ||
    !allPresent(machine.months, isMonth)
  )
    return undefined;
  const head = `    {\n      "name": ${JSON.stringify(machine.name)},\n      "months": `;
  if (machine.months.length === 0) return `${head}[]\n    }`;
  const months = machine.months.map((m) => {
    const reasons =
      m.reasons.length === 0
        ? '[]'
        : `[\n${m.reasons.map((r) => `            ${strings.repeated(r)}`).join(',\n')}\n          ]`;
    return (
      `        {\n          "month": ${strings.repeated(m.month)},\n` +
      `          "update": ${m.update === null ? 'null' : strings.repeated(m.update)},\n` +
      `          "kind": ${strings.repeated(m.kind)},\n` +
      `          "restarts": ${JSON.stringify(m.restarts)},\n` +
      `          "reasons": ${reasons}\n        }`
    );
  });
  return `${head}[\n${months.join(',\n')}\n      ]\n    }`;
}

/** An event of report.json at depth 2 (see {@link machineJson}); undefined when a field is not a string. */
export function eventJson(event: ReportEvent, strings: JsonStrings): string | undefined {
  const { at, machine, type, detail } = event;
  if (typeof at !== 'string' || typeof machine !== 'string' || typeof type !== 'string') return undefined;
  if (typeof detail !== 'string') return undefined;
  return (
    `    {\n      "at": ${strings.repeated(at)},\n      "machine": ${JSON.stringify(machine)},\n` +
    `      "type": ${strings.repeated(type)},\n      "detail": ${strings.repeated(detail)}\n    }`
  );
}
