import { parseUtc } from '../../simulators/shared/clock.js';
import type { Report } from '../report/types.js';
import { expandFleet, resolveTargets } from '../scenario/expand.js';
import type { Scenario } from '../scenario/schema.js';

/** A `run:` event on one machine: when, the script's file name, and its answer to `-Confirm`. */
export interface ScriptRun {
  readonly at: number;
  /** The file name without folders (`workaround-option-2.ps1`), whatever path the scenario wrote. */
  readonly script: string;
  readonly confirm: boolean;
}

const byScenario = new WeakMap<Scenario, ReadonlyMap<string, readonly ScriptRun[]>>();

/** Every machine's `run:` events, worked out once per scenario (several properties ask, machine by machine). */
function scriptRuns(scenario: Scenario): ReadonlyMap<string, readonly ScriptRun[]> {
  const known = byScenario.get(scenario);
  if (known) return known;
  const runs = new Map<string, ScriptRun[]>();
  const fleet = scenario.events.some((e) => e.run !== undefined) ? expandFleet(scenario.fleet) : [];
  for (const e of scenario.events) {
    if (e.run === undefined) continue;
    const run = {
      at: parseUtc(e.at),
      script: e.run.split(/[\\/]/).at(-1) ?? '',
      confirm: e.confirm ?? false,
    };
    for (const name of resolveTargets(e.machines, fleet)) runs.set(name, [...(runs.get(name) ?? []), run]);
  }
  byScenario.set(scenario, runs);
  return runs;
}

/** The `run:` events that target a machine, in scenario order (the report shows only what a script wrote). */
export function scriptRunsOn(scenario: Scenario, machine: string): readonly ScriptRun[] {
  return scriptRuns(scenario).get(machine) ?? [];
}

/** The runs of one script (its file name, any case) on a machine. */
export const runsOfScript = (scenario: Scenario, machine: string, file: string): readonly ScriptRun[] =>
  scriptRunsOn(scenario, machine).filter((r) => r.script.toLowerCase() === file);

/** The workaround scripts of DOMAIN.md 6B (option 1 in two halves, option 2). */
export const isWorkaroundScript = (script: string): boolean =>
  /^workaround-option-(1-policy|1-cleanup|2)\.ps1$/i.test(script);

/** When a workaround playbook (option 1 or 2) started on a machine. */
export function workaroundPlaybooksOn(report: Report, machine: string): number[] {
  return report.events
    .filter(
      (e) =>
        e.machine === machine &&
        e.type === 'playbook' &&
        /^october-2025-workaround-option-[12]: started$/.test(e.detail),
    )
    .map((e) => Date.parse(e.at));
}
