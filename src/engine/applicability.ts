import { hotpatchBases, type Release } from '../../simulators/windows-update/index.js';
import type { FleetMachine } from './fleet-machine.js';
import { kbAfterRestart, type World } from './world.js';

/**
 * Why an update cannot install on the machine, or undefined when it can. It is decided on the
 * update the machine will run once its pending restart is done (Windows Update finishes a pending
 * restart before it installs anything else, INFER). An update is not out before its release date
 * (DOMAIN.md 5); cumulative updates are superseded by later ones, so an update older than the one
 * the machine runs does not apply (INFER); a hotpatch needs VBS running (DOC, DOMAIN.md 1) and
 * installs only on the updates it is built on (DOC: the latest baseline), judged by the update
 * that put the machine where it is on the line: a release that keeps the hotpatch line (KB5070893)
 * does not bring back a machine an earlier update took off it (DOMAIN.md 5, 6A).
 */
export function notApplicable(world: World, fm: FleetMachine, release: Release): string | undefined {
  const kb = kbAfterRestart(fm.machine);
  if (world.clock.now() < Date.parse(`${release.date}T00:00:00Z`))
    return `not released until ${release.date}`;
  const current = world.catalog.get(kb);
  if (current && release.date < current.date) return `superseded by ${kb}, which the machine runs`;
  if (release.type !== 'hotpatch') return undefined;
  if (!fm.vbsRunning) {
    return `a hotpatch needs VBS running (VirtualizationBasedSecurityStatus ${fm.machine.boot.vbs.status})`;
  }
  const lineKb = fm.lineKb;
  if (!hotpatchBases(world.catalog, world.rules, release).has(lineKb)) {
    return lineKb === kb
      ? `a hotpatch for another base; the machine runs ${kb}`
      : `a hotpatch for another base; the machine runs ${kb} over ${lineKb}, which took it off the hotpatch line`;
  }
  return undefined;
}
