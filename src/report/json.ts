import { canonicalRecord, EXPECT_KEYS } from './canonical.js';
import { eventJson, JsonStrings, machineJson } from './json-rows.js';
import { orderedReasons } from './reasons.js';
import type { Report, ReportEvent } from './types.js';

const canonicalMachine = (machine: Report['machines'][number]): Report['machines'][number] => ({
  name: machine.name,
  months: machine.months.map((m) => ({
    month: m.month,
    update: m.update,
    kind: m.kind,
    restarts: m.restarts,
    reasons: [...m.reasons],
  })),
});

const canonicalEvent = (e: ReportEvent): ReportEvent => ({
  at: e.at,
  machine: e.machine,
  type: e.type,
  detail: e.detail,
});

/**
 * A copy of the report whose keys follow the Report type's order at every level, whatever order the
 * caller built its objects in. Fields outside the type are dropped: report.json says only what
 * format v1 (and its marked extensions) define.
 */
function canonicalReport(report: Report): Report {
  return {
    format: report.format,
    scenario: report.scenario,
    seed: report.seed,
    period: { from: report.period.from, to: report.period.to },
    assumptions: report.assumptions.map((a) => ({
      knob: a.knob,
      value: a.value,
      grade: a.grade,
      doc: a.doc,
    })),
    months: report.months.map((m) => ({
      month: m.month,
      machines: m.machines,
      hotpatched: m.hotpatched,
      restarted: m.restarted,
      restarts: m.restarts,
      reasons: Object.fromEntries(orderedReasons(m.reasons)),
      billedCores: m.billedCores,
      hotpatchCost: m.hotpatchCost,
      restartsAvoided: m.restartsAvoided,
    })),
    // Passed through, not copied: renderJsonChunks writes them row by row (json-rows.ts).
    machines: report.machines,
    events: report.events,
    expectations: report.expectations.map((e) => ({
      expect: canonicalRecord(e.expect, EXPECT_KEYS),
      pass: e.pass,
      actual: canonicalRecord(e.actual, EXPECT_KEYS),
    })),
    reproduce: report.reproduce,
    verdict: report.verdict,
    ...(report.shard && {
      shard: {
        index: report.shard.index,
        count: report.shard.count,
        fleetSize: report.shard.fleetSize,
        expectations: [...report.shard.expectations],
      },
    }),
  };
}

/** report.json: canonical JSON (Report type key order, 2-space indent, trailing newline). */
export function renderJson(report: Report): string {
  return [...renderJsonChunks(report)].join('');
}

/** An element of a top-level list, as `JSON.stringify(item, null, 2)` writes it at depth 2. */
const indented = (item: unknown): string => `    ${JSON.stringify(item, null, 2).replaceAll('\n', '\n    ')}`;

/** Roughly how much text each chunk of {@link renderJsonChunks} holds. */
const CHUNK_CHARS = 1 << 20;

/**
 * report.json in pieces, for fleets whose report is larger than one JavaScript string may be: the
 * same bytes as `JSON.stringify(report, null, 2)`, with the machines and the events written one by
 * one (an element's own lines are indented to its depth; JSON strings hold no raw newline).
 */
export function* renderJsonChunks(report: Report): Generator<string> {
  const canonical = canonicalReport(report) as unknown as Record<string, unknown>;
  const strings = new JsonStrings();
  const rows = {
    machines: (item: unknown) =>
      machineJson(item as Report['machines'][number], strings) ??
      indented(canonicalMachine(item as Report['machines'][number])),
    events: (item: unknown) =>
      eventJson(item as ReportEvent, strings) ?? indented(canonicalEvent(item as ReportEvent)),
  };
  const keys = Object.keys(canonical);
  let pending: string[] = ['{\n'];
  let size = 2;
  const put = (text: string) => {
    pending.push(text);
    size += text.length;
  };
  for (const [i, key] of keys.entries()) {
    const value = canonical[key];
    const comma = i < keys.length - 1 ? ',' : '';
    if (Array.isArray(value) && value.length > 0 && (key === 'machines' || key === 'events')) {
      put(`  ${JSON.stringify(key)}: [\n`);
      const row = rows[key];
      for (const [j, item] of value.entries()) {
        put(`${row(item)}${j < value.length - 1 ? ',' : ''}\n`);
        if (size >= CHUNK_CHARS) {
          yield pending.join('');
          pending = [];
          size = 0;
        }
      }
      put(`  ]${comma}\n`);
    } else {
      put(`  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replaceAll('\n', '\n  ')}${comma}\n`);
    }
  }
  put('}\n');
  yield pending.join('');
}
