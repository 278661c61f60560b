import { didYouMean } from '../did-you-mean.js';
import { machineNames } from '../expand.js';
import type { Scenario } from '../schema.js';
import type { Draft } from './draft.js';

/**
 * Machine and template names share one namespace, since an event may use either; it must have no
 * name twice, ignoring case as Windows computer names do. `all` is kept for every machine.
 */
function checkUnique(scenario: Scenario): Draft[] {
  const owners = new Map<string, number>();
  const drafts: Draft[] = [];
  for (const [i, template] of scenario.fleet.entries()) {
    const path = ['fleet', i, 'name'];
    if (template.name === 'all')
      drafts.push({ code: 'reserved_name', path, message: '"all" means every machine' });
    const names = [template.name, ...machineNames(template)];
    const clash = names.find((name) => owners.has(name.toLowerCase()));
    if (clash !== undefined) {
      const message = `duplicate name "${clash}" after expansion (also in fleet[${owners.get(clash.toLowerCase())}])`;
      drafts.push({ code: 'duplicate_machine', path, message });
    }
    for (const name of names) if (!owners.has(name.toLowerCase())) owners.set(name.toLowerCase(), i);
  }
  return drafts;
}

/** Every name an event targets must be a machine, a template or `all`; every expectation's a machine. */
function checkReferences(scenario: Scenario): Draft[] {
  const machines = scenario.fleet.flatMap(machineNames);
  const targets = new Set(['all', ...machines, ...scenario.fleet.map((t) => t.name)]);
  const drafts: Draft[] = [];
  for (const [i, event] of scenario.events.entries()) {
    if (event.machines === 'all') continue;
    for (const [j, name] of event.machines.entries()) {
      if (targets.has(name)) continue;
      const message = `no machine or template is named "${name}"${didYouMean(name, targets)}`;
      drafts.push({ code: 'unknown_target', path: ['events', i, 'machines', j], message });
    }
  }
  const known = new Set(machines);
  for (const [i, expectation] of scenario.expect.entries()) {
    if (known.has(expectation.machine)) continue;
    const template = scenario.fleet.find((t) => t.name === expectation.machine);
    const message = template
      ? `"${template.name}" is a template of ${template.count} machines; expected one of them, such as "${machineNames(template)[0]}"`
      : `no machine is named "${expectation.machine}"${didYouMean(expectation.machine, known)}`;
    drafts.push({ code: 'unknown_machine', path: ['expect', i, 'machine'], message });
  }
  return drafts;
}

/** The naming checks: unique names after expansion, and references that name something. */
export function checkNames(scenario: Scenario): Draft[] {
  return [...checkUnique(scenario), ...checkReferences(scenario)];
}
