import type { ReleaseCatalog } from '../../simulators/windows-update/index.js';
import { monthOf } from '../engine/ledger.js';
import type { MachineMonth, Report, ReportEvent } from '../report/types.js';
import { expandFleet, resolveTargets } from '../scenario/expand.js';
import type { Scenario } from '../scenario/schema.js';

/** The report's months of one machine (empty when the report has no such machine). */
export const monthsOf = (report: Report, machine: string): readonly MachineMonth[] =>
  report.machines.find((m) => m.name === machine)?.months ?? [];

/** A machine's report events, optionally of one type. */
export const eventsOf = (report: Report, machine: string, type?: ReportEvent['type']): ReportEvent[] =>
  report.events.filter((e) => e.machine === machine && (type === undefined || e.type === type));

/** True for a release of the given type (unknown KBs are none). */
export const isType = (catalog: ReleaseCatalog, kb: string, ...types: string[]): boolean =>
  types.includes(catalog.get(kb)?.type ?? '');

/** True when `kb` came out on or after `than` (both in the catalog). */
export function notOlder(catalog: ReleaseCatalog, kb: string, than: string): boolean {
  const a = catalog.get(kb);
  const b = catalog.get(than);
  return a !== undefined && b !== undefined && a.date >= b.date;
}

/** `YYYY-MM` of a virtual instant. */
export const monthAt = (at: number): string => monthOf(at);

/** The ISO form the report prints for an instant. */
export const iso = (at: number): string => new Date(at).toISOString();

/** A playbook's final report line, `name: status: summary`, parsed (playbook-runner's format). */
export function playbookOutcome(event: ReportEvent): { playbook: string; status: string } | undefined {
  if (event.type !== 'playbook') return undefined;
  const match = /^([a-z0-9-]+): (succeeded|failed|stopped): /.exec(event.detail);
  return match ? { playbook: match[1] as string, status: match[2] as string } : undefined;
}

/** When the scenario's install events target the machine (their `at`, as written). */
export function installsOn(scenario: Scenario, machine: string): string[] {
  const fleet = expandFleet(scenario.fleet);
  return scenario.events
    .filter((e) => e.install !== undefined && resolveTargets(e.machines, fleet).includes(machine))
    .map((e) => e.at);
}
