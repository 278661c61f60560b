import { expect } from 'vitest';
import { isoTime, parseUtc } from '../../simulators/shared/clock.js';
import { buildWorld, type RunOptions } from '../../src/engine/build-world.js';
import type { FleetMachine } from '../../src/engine/fleet-machine.js';
import { patchTuesdayOn } from '../../src/engine/patch-tuesday-step.js';
import { runScenario } from '../../src/engine/run.js';
import type { World } from '../../src/engine/world.js';
import type {
  FleetMonth,
  MachineMonth,
  ReasonCode,
  Report,
  ReportEvent,
  ReportEventType,
} from '../../src/report/types.js';
import type { Knobs } from '../../src/scenario/knobs.js';
import { type Scenario, type ScenarioInput, scenarioSchema } from '../../src/scenario/schema.js';

/** A scenario as a test writes it: everything but the fleet and the period may be left out. */
export type ScenarioSketch = Omit<ScenarioInput, 'name'> & { name?: string };

/** Scenarios made by {@link scenario} or {@link withKnobs}: given to the engine as they are. */
const parsedScenarios = new WeakSet<object>();

/** Parses an inline scenario through the public schema (name `t` and seed 1 unless given). */
export function scenario(sketch: ScenarioSketch | Scenario): Scenario {
  const parsed = scenarioSchema.parse({ name: 't', seed: 1, ...sketch });
  parsedScenarios.add(parsed);
  return parsed;
}

/** A scenario ready for the engine: one made here as it is, anything else parsed. */
const asScenario = (sketch: ScenarioSketch | Scenario): Scenario =>
  parsedScenarios.has(sketch) ? (sketch as Scenario) : scenario(sketch);

/**
 * A parsed scenario with knobs the schema may not accept yet (such as licenseMutex), given to the
 * engine as they are: the engine reads any knob of {@link Knobs}.
 */
export function withKnobs(parsed: Scenario, knobs: Partial<Knobs>): Scenario {
  const result = { ...parsed, knobs: { ...parsed.knobs, ...knobs } } as Scenario;
  parsedScenarios.add(result);
  return result;
}

/** Runs an inline scenario and returns its report. */
export function run(sketch: ScenarioSketch | Scenario, options?: RunOptions): Report {
  return runScenario(asScenario(sketch), options);
}

/** One machine's month from a report; fails the test when the report has no such month. */
export function machineMonth(report: Report, machine: string, month: string): MachineMonth {
  const found = report.machines.find((m) => m.name === machine)?.months.find((m) => m.month === month);
  expect(found, `${machine} ${month} in the report`).toBeDefined();
  return found as MachineMonth;
}

/** The fleet's month from a report; fails the test when absent. */
export function fleetMonth(report: Report, month: string): FleetMonth {
  const found = report.months.find((m) => m.month === month);
  expect(found, `${month} in the report`).toBeDefined();
  return found as FleetMonth;
}

/** What a machine's month says, in the terms DOMAIN.md uses: the update, its kind, restarts, reasons sorted. */
export function summary(report: Report, machine: string, month: string) {
  const m = machineMonth(report, machine, month);
  return { update: m.update, kind: m.kind, restarts: m.restarts, reasons: sorted(m.reasons) };
}

/** Reason codes in alphabetical order, so tests do not depend on the order the engine found them. */
export const sorted = (reasons: readonly ReasonCode[]): ReasonCode[] => [...reasons].sort();

/** A machine's events, optionally of one type, in report order. */
export function eventsOf(report: Report, machine: string, type?: ReportEventType): ReportEvent[] {
  return report.events.filter((e) => e.machine === machine && (type === undefined || e.type === type));
}

/** The details of a machine's events of one type. */
export const detailsOf = (report: Report, machine: string, type: ReportEventType): string[] =>
  eventsOf(report, machine, type).map((e) => e.detail);

/** The ISO instant the report prints for a scenario time (`2025-11-11T18:00` is UTC). */
export const iso = (at: string): string => isoTime(parseUtc(at));

/** Minutes after an ISO instant, as the report prints it. */
export const plusMinutes = (isoAt: string, minutes: number): string =>
  new Date(Date.parse(isoAt) + minutes * 60_000).toISOString();

/** A fleet entry at its most ordinary: an Arc-connected Standard VM, Hyper-V Gen 2, VBS running. */
export const healthy = {
  edition: 'standard',
  platform: 'hyperv-gen2',
  vbs: 'running',
  arc: 'connected',
} as const;

/** Patch Tuesday release time used by the engine for a date: 18:00 UTC (10:00 Pacific). */
export const patchTuesdayAt = (date: string): string => `${date}T18:00:00.000Z`;

// A world driven directly, for what a scenario cannot express.

/** Builds the world of an inline scenario at the first instant of its period. */
export function worldOf(sketch: ScenarioSketch | Scenario, options?: RunOptions): World {
  return buildWorld(asScenario(sketch), options);
}

/** A fleet machine of a world by name; fails the test when absent. */
export function member(world: World, name: string): FleetMachine {
  const fm = world.fleet.get(name);
  expect(fm, `machine ${name}`).toBeDefined();
  return fm as FleetMachine;
}

/**
 * Runs every queued task due before `at` (a scenario time, UTC) and leaves the clock there; tasks
 * due at `at` or later stay queued in their order (a marker ahead of them stops the loop).
 */
export function driveTo(world: World, at: string): void {
  const until = parseUtc(at);
  let reached = false;
  world.queue.push(
    until,
    () => {
      reached = true;
    },
    -1,
  );
  for (let next = world.queue.pop(); next; next = reached ? undefined : world.queue.pop()) {
    world.clock.set(next.at);
    next.item();
  }
}

/** A month's Patch Tuesday on every machine of a directly driven world (automatic updates). */
export function patchTuesday(world: World, month: string): void {
  const release = world.catalog.month(month);
  expect(release, `a release for ${month}`).toBeDefined();
  if (!release) return;
  driveTo(world, `${release.date}T18:00`);
  for (const fm of world.fleet.values()) patchTuesdayOn(world, fm, release);
}
