import { innerMap } from '../../simulators/shared/inner-map.js';
import type { FleetEntry } from './schema.js';

/** One machine of the fleet: its template's settings, its own name, and the template it came from. */
export interface ExpandedMachine extends Omit<FleetEntry, 'count'> {
  /** The fleet entry's name, which events may use to select all of its machines. */
  template: string;
}

/** The machine names a template gives: `web` for one; `web-01`..`web-NN` (at least two digits) for more. */
export function machineNames(template: Pick<FleetEntry, 'name' | 'count'>): string[] {
  if (template.count === 1) return [template.name];
  const width = Math.max(2, String(template.count).length);
  return Array.from(
    { length: template.count },
    (_, i) => `${template.name}-${String(i + 1).padStart(width, '0')}`,
  );
}

/**
 * Expands fleet templates into machines, in fleet order. A parsed fleet is expanded once: a large
 * fleet run in batches asks for it again at every batch.
 */
export function expandFleet(fleet: readonly FleetEntry[]): readonly ExpandedMachine[] {
  let expanded = expansions.get(fleet);
  if (!expanded) {
    expanded = Object.freeze(
      fleet.flatMap(({ count, ...template }) =>
        machineNames({ name: template.name, count }).map((name) => ({
          ...template,
          name,
          template: template.name,
        })),
      ),
    );
    expansions.set(fleet, expanded);
  }
  return expanded;
}

const expansions = new WeakMap<readonly FleetEntry[], readonly ExpandedMachine[]>();

/**
 * The machine names an event's `machines` selects, in fleet order, each once: `all` (alone or in
 * the list) selects every machine, a template name all of its machines. Throws on a name that is
 * neither; the loader has already reported those as scenario errors.
 */
export function resolveTargets(
  machines: readonly string[] | 'all',
  expanded: readonly ExpandedMachine[],
): readonly string[] {
  const byList = innerMap(targetsMemo, expanded);
  let targets = byList.get(machines);
  if (!targets) {
    targets = Object.freeze(selectTargets(machines, expanded));
    byList.set(machines, targets);
  }
  return targets;
}

/** Targets by event list, per expanded fleet (a fleet run in batches resolves them at every batch). */
const targetsMemo = new WeakMap<
  readonly ExpandedMachine[],
  Map<readonly string[] | 'all', readonly string[]>
>();

function selectTargets(machines: readonly string[] | 'all', expanded: readonly ExpandedMachine[]): string[] {
  const wanted = new Set(machines === 'all' ? ['all'] : machines);
  const known = new Set(['all', ...expanded.flatMap((m) => [m.name, m.template])]);
  const unknown = [...wanted].filter((name) => !known.has(name));
  if (unknown.length > 0)
    throw new Error(`no machine or template is named ${unknown.map((n) => `"${n}"`).join(', ')}`);
  const every = wanted.has('all');
  const selected = expanded.filter((m) => every || wanted.has(m.name) || wanted.has(m.template));
  return [...new Set(selected.map((m) => m.name))];
}
