import { canonicalRecord, EXPECT_KEYS } from './canonical.js';
import { orderedReasons } from './reasons.js';
import type { Report } from './types.js';

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
    machines: report.machines.map((machine) => ({
      name: machine.name,
      months: machine.months.map((m) => ({
        month: m.month,
        update: m.update,
        kind: m.kind,
        restarts: m.restarts,
        reasons: [...m.reasons],
      })),
    })),
    events: report.events.map((e) => ({ at: e.at, machine: e.machine, type: e.type, detail: e.detail })),
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
  return `${JSON.stringify(canonicalReport(report), null, 2)}\n`;
}
