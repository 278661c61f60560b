import { hotpatchBases, type Release } from '../../simulators/windows-update/index.js';
import type { FleetMachine } from './fleet-machine.js';
import { runningKb, type World } from './world.js';

/**
 * Why an update cannot install on the machine, or undefined when it can. Cumulative updates are
 * superseded by later ones, so an update older than the one the machine runs does not apply
 * (INFER); a hotpatch installs only on the updates it is built on (DOC: the latest baseline).
 */
export function notApplicable(world: World, fm: FleetMachine, release: Release): string | undefined {
  const kb = runningKb(fm.machine);
  const current = world.catalog.get(kb);
  if (current && release.date < current.date) return `superseded by ${kb}, which the machine runs`;
  if (release.type === 'hotpatch' && !hotpatchBases(world.catalog, world.rules, release).has(kb)) {
    return `a hotpatch for another base; the machine runs ${kb}`;
  }
  return undefined;
}
