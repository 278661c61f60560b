import { isoTime } from '../../simulators/shared/clock.js';
import { checkExpectation } from '../engine/expectations.js';
import type { World } from '../engine/world.js';
import { KNOBS } from '../scenario/knobs.js';
import type { Scenario } from '../scenario/schema.js';
import type { Assumption, FleetMonth, Report } from './types.js';

/** What the report needs besides the world. */
export interface ReportInputs {
  readonly seed: number;
  /** Per month, the cores billed for Arc hotpatch. */
  readonly billed: ReadonlyMap<string, number>;
  /** The scenario file, for the command that reproduces the run. */
  readonly file?: string | undefined;
}

/** The knobs in effect, each with its documentation (they are listed on every report). */
function assumptions(world: World): Assumption[] {
  return (Object.keys(KNOBS) as Array<keyof typeof KNOBS>).map((knob) => ({
    knob,
    value: world.knobs[knob],
    grade: 'ASSUME',
    doc: KNOBS[knob].doc,
  }));
}

/** Builds report.json's content from a finished run. */
export function buildReport(world: World, scenario: Scenario, inputs: ReportInputs): Report {
  const machines = [...world.fleet.keys()].map((name) => ({
    name,
    months: world.ledger.machineMonths(name),
  }));
  const months: FleetMonth[] =
    machines[0]?.months.map((_, i) => {
      const all = machines.map((m) => m.months[i]).filter((m) => m !== undefined);
      const month = all[0]?.month ?? '';
      const hotpatched = all.filter((m) => m.kind === 'hotpatch').length;
      return {
        month,
        machines: all.length,
        hotpatched,
        restarted: all.filter((m) => m.restarts > 0).length,
        restarts: all.reduce((sum, m) => sum + m.restarts, 0),
        reasons: world.ledger.restartsByReason(month),
        hotpatchCost: Math.round((inputs.billed.get(month) ?? 0) * world.knobs.pricePerCoreMonth * 100) / 100,
        restartsAvoided: hotpatched,
      };
    }) ?? [];
  const byMachine = new Map(machines.map((m) => [m.name, m.months]));
  const expectations = scenario.expect.map((e) =>
    checkExpectation(
      e,
      byMachine.get(e.machine)?.find((m) => m.month === e.month),
    ),
  );
  const events = [...world.ledger.events];
  const end = isoTime(world.clock.now());
  for (const result of expectations.filter((r) => !r.pass)) {
    events.push({
      at: end,
      machine: String(result.expect.machine),
      type: 'expect',
      detail: `expected ${JSON.stringify(result.expect)}, got ${JSON.stringify(result.actual)}`,
    });
  }
  return {
    format: 'hotpatch-harness/report@1',
    scenario: scenario.name,
    seed: inputs.seed,
    period: { from: scenario.period.from, to: scenario.period.to },
    assumptions: assumptions(world),
    months,
    machines,
    events,
    expectations,
    reproduce: `npx hotpatch-harness run ${inputs.file ?? `scenarios/${scenario.name}.yaml`} --seed ${inputs.seed}`,
    verdict: expectations.every((r) => r.pass) ? 'pass' : 'fail',
  };
}
