import { parseUtc } from '../../simulators/shared/clock.js';
import { monthsBetween, nextMonth } from '../../simulators/windows-update/index.js';
import { buildReport } from '../report/build.js';
import type { Report } from '../report/types.js';
import { expandFleet, resolveTargets } from '../scenario/expand.js';
import type { Scenario } from '../scenario/schema.js';
import { buildWorld, type RunOptions } from './build-world.js';
import { monthOf } from './ledger.js';
import { reconcile } from './licensing.js';
import { patchTuesdayOn } from './patch-tuesday-step.js';
import { runPlaybook } from './playbook-runner.js';
import { applyScenarioEvent } from './scenario-events.js';
import { runScript } from './script-runner.js';
import { PRIORITY, type World } from './world.js';

/** Patch Tuesday releases come out at 10:00 Pacific time: 18:00 UTC in winter (INFER; one hour off in summer does not matter here). */
const RELEASE_HOUR_UTC = 18;

/** Per month, the cores of machines billed for Arc hotpatch at its Patch Tuesday. */
export type BilledCores = Map<string, number>;

/** Queues each month's Patch Tuesday of the period (billing, then the automatic update). */
export function schedulePatchTuesdays(
  world: World,
  scenario: Scenario,
  billed: BilledCores,
  observe: RunOptions['observe'],
): void {
  for (const month of monthsBetween(scenario.period.from, scenario.period.to)) {
    const release = world.catalog.month(month);
    if (!release) continue;
    const at = parseUtc(`${release.date}T${String(RELEASE_HOUR_UTC).padStart(2, '0')}:00`);
    world.queue.push(
      at,
      () => {
        for (const fm of world.fleet.values()) {
          // The observer sees the machine as Windows Update decides: after a pending restart.
          const look = observe
            ? () => observe({ phase: 'patch-tuesday', world, machine: fm, release })
            : undefined;
          // Azure Edition is not billed on Azure (DOC); Arc-enabled Standard and Datacenter are.
          if (!fm.azureEdition && fm.profile.state.status === 'Enabled') {
            billed.set(month, (billed.get(month) ?? 0) + fm.machine.hardware.cores);
          }
          if (world.mode === 'automatic') patchTuesdayOn(world, fm, release, look);
          else look?.();
        }
      },
      PRIORITY.world,
    );
  }
}

/** Each target list as a set, made once (a fleet run in batches asks at every batch). */
const targetSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/**
 * The targets this world holds, in fleet order. A batch holds a few hundred machines of a fleet
 * whose events may target tens of thousands: the smaller side is walked.
 */
function targetsIn(world: World, targets: readonly string[]): readonly string[] {
  if (targets.length <= world.fleet.size) return targets;
  let set = targetSets.get(targets);
  if (!set) {
    set = new Set(targets);
    targetSets.set(targets, set);
  }
  const wanted = set;
  return [...world.fleet.keys()].filter((name) => wanted.has(name));
}

/** Queues the scenario's events at their times, each on its target machines. */
export function scheduleScenarioEvents(world: World, scenario: Scenario, options: RunOptions): void {
  const expanded = expandFleet(scenario.fleet);
  for (const event of scenario.events) {
    const targets = targetsIn(world, resolveTargets(event.machines, expanded));
    world.queue.push(
      parseUtc(event.at),
      () => {
        for (const name of targets) {
          const fm = world.fleet.get(name);
          const planted = event.playbook === undefined ? undefined : options.playbooks?.get(event.playbook);
          const script = event.run === undefined ? undefined : options.scripts?.get(event.run);
          if (fm && planted) {
            runPlaybook(world, fm, planted);
            reconcile(world, fm);
          } else if (fm && event.run !== undefined) {
            if (script === undefined)
              throw new Error(`[hotpatch-harness] the script ${event.run} was not read before the run`);
            runScript(world, fm, event.run, script, event.confirm ?? false);
            reconcile(world, fm);
          } else if (fm) applyScenarioEvent(world, fm, event);
        }
      },
      PRIORITY.scenario,
    );
  }
}

/**
 * Runs a scenario from the first instant of its period to the last, on virtual time, and returns
 * its report. The same scenario and seed give the same report, byte for byte.
 */
export function runScenario(scenario: Scenario, options: RunOptions = {}): Report {
  const world = buildWorld(scenario, options);
  const billed: BilledCores = new Map();
  schedulePatchTuesdays(world, scenario, billed, options.observe);
  scheduleScenarioEvents(world, scenario, options);
  const end = parseUtc(`${nextMonth(scenario.period.to)}-01`);
  const months = monthsBetween(scenario.period.from, scenario.period.to);
  let done = 0;
  options.onProgress?.(0, months.length);
  options.observe?.({ phase: 'start', world });
  for (let next = world.queue.pop(); next && next.at < end; next = world.queue.pop()) {
    for (; done < months.length && monthOf(next.at) > (months[done] ?? ''); done++)
      options.onProgress?.(done + 1, months.length);
    world.clock.set(next.at);
    next.item();
    options.observe?.({ phase: 'step', world });
  }
  if (done < months.length) options.onProgress?.(months.length, months.length);
  world.clock.set(end - 1);
  return buildReport(world, scenario, {
    seed: options.seed ?? scenario.seed,
    billed,
    file: options.file,
    shard: options.shard,
  });
}
