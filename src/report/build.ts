import { isoTime } from '../../simulators/shared/clock.js';
import { checkExpectation } from '../engine/expectations.js';
import { type Shard, shardText } from '../engine/shard.js';
import type { World } from '../engine/world.js';
import { expandFleet } from '../scenario/expand.js';
import { KNOBS } from '../scenario/knobs.js';
import type { Scenario } from '../scenario/schema.js';
import type { Assumption, FleetMonth, MachineMonth, Report, ReportEvent } from './types.js';

/** What the report needs besides the world. */
export interface ReportInputs {
  readonly seed: number;
  /** Per month, the cores billed for Arc hotpatch. */
  readonly billed: ReadonlyMap<string, number>;
  /** The scenario file, for the command that reproduces the run. */
  readonly file?: string | undefined;
  /** The slice of the fleet the run simulated, when not all of it. */
  readonly shard?: Shard | undefined;
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

/** The fleet's months, summed over its machines' months (these add up across shards: see merge.ts). */
function fleetMonths(
  world: World,
  machines: ReadonlyArray<{ months: readonly MachineMonth[] }>,
  billed: ReadonlyMap<string, number>,
): FleetMonth[] {
  return world.ledger.period.map((month, i) => {
    const all = machines.map((m) => m.months[i]).filter((m) => m !== undefined);
    const hotpatched = all.filter((m) => m.kind === 'hotpatch').length;
    const billedCores = billed.get(month) ?? 0;
    return {
      month,
      machines: all.length,
      hotpatched,
      restarted: all.filter((m) => m.restarts > 0).length,
      restarts: all.reduce((sum, m) => sum + m.restarts, 0),
      reasons: world.ledger.restartsByReason(month),
      billedCores,
      hotpatchCost: hotpatchCost(billedCores, world.knobs.pricePerCoreMonth),
      restartsAvoided: hotpatched,
    };
  });
}

/** Billed cores at the price knob, in US$ rounded to the cent. */
export const hotpatchCost = (cores: number, pricePerCoreMonth: number): number =>
  Math.round(cores * pricePerCoreMonth * 100) / 100;

/**
 * The event log in report order: by time, then by the machine's place in the fleet, then in the
 * order the machine's events happened. A machine's events do not depend on the machines around it,
 * so this order is the same whether the fleet ran whole, in shards or on workers.
 */
export function orderEvents(
  events: readonly ReportEvent[],
  place: (machine: string) => number,
): ReportEvent[] {
  return [...events].sort((a, b) =>
    a.at < b.at ? -1 : a.at > b.at ? 1 : place(a.machine) - place(b.machine),
  );
}

/** The command that reproduces the run. */
export const reproduceCommand = (scenario: Scenario, inputs: Pick<ReportInputs, 'seed' | 'file'>): string =>
  `npx hotpatch-harness run ${inputs.file ?? `scenarios/${scenario.name}.yaml`} --seed ${inputs.seed}`;

/**
 * Builds report.json's content from a finished run. A run of one shard reports its own machines,
 * the expectations about them, and what `merge` needs to join the shards.
 */
export function buildReport(world: World, scenario: Scenario, inputs: ReportInputs): Report {
  const machines = [...world.fleet.keys()].map((name) => ({
    name,
    months: world.ledger.machineMonths(name),
  }));
  const byMachine = new Map(machines.map((m) => [m.name, m.months]));
  const mine = scenario.expect.flatMap((e, i) => (inputs.shard && !world.fleet.has(e.machine) ? [] : [i]));
  const expectations = mine.map((i) => {
    const e = scenario.expect[i] as Scenario['expect'][number];
    return checkExpectation(
      e,
      byMachine.get(e.machine)?.find((m) => m.month === e.month),
    );
  });
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
  const place = (name: string) => world.fleet.get(name)?.place ?? Number.MAX_SAFE_INTEGER;
  const base = reproduceCommand(scenario, inputs);
  const report: Report = {
    format: 'hotpatch-harness/report@1',
    scenario: scenario.name,
    seed: inputs.seed,
    period: { from: scenario.period.from, to: scenario.period.to },
    assumptions: assumptions(world),
    months: fleetMonths(world, machines, inputs.billed),
    machines,
    events: orderEvents(events, place),
    expectations,
    reproduce: inputs.shard ? `${base} --shard ${shardText(inputs.shard)}` : base,
    verdict: expectations.every((r) => r.pass) ? 'pass' : 'fail',
  };
  if (inputs.shard) {
    report.shard = {
      index: inputs.shard.index,
      count: inputs.shard.count,
      fleetSize: expandFleet(scenario.fleet).length,
      expectations: mine,
    };
  }
  return report;
}
