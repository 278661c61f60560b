import type { Release } from '../../simulators/windows-update/index.js';
import { PLAYBOOKS } from '../playbooks/index.js';
import type { ScenarioEvent } from '../scenario/schema.js';
import { notApplicable } from './applicability.js';
import type { FleetMachine } from './fleet-machine.js';
import { monthOf } from './ledger.js';
import { reconcile, requestHotpatch } from './licensing.js';
import { finishPendingRestart, installUpdate, restartMachine } from './machine-actions.js';
import { runPlaybook } from './playbook-runner.js';
import type { World } from './world.js';

/**
 * The named faults (each documented in the README):
 * - arc-disconnect: the machine's network path to Azure goes down; the agent stops heartbeating.
 * - arc-reconnect: the path comes back.
 * - himds-stop: the himds service stops (the agent is down until it starts again, at the latest
 *   at the next boot, since it is an Automatic service).
 * - restart-fails: the machine's next restart attempt fails; what waits for a boot stays pending.
 */
function applyFault(world: World, fm: FleetMachine, fault: NonNullable<ScenarioEvent['fault']>): void {
  const now = world.clock.now();
  switch (fault) {
    case 'arc-disconnect':
      fm.networkUp = false;
      fm.agent?.setNetworkUp(false);
      break;
    case 'arc-reconnect':
      fm.networkUp = true;
      fm.agent?.setNetworkUp(true);
      break;
    case 'himds-stop':
      if (fm.machine.services.find('himds')) fm.machine.services.stop('himds');
      fm.agent?.tick(now);
      break;
    case 'restart-fails':
      fm.restartFailsNext = true;
      break;
  }
  world.ledger.log(now, fm.name, 'fault', fault);
}

/** Carries out one scenario event on one machine. */
export function applyScenarioEvent(world: World, fm: FleetMachine, event: ScenarioEvent): void {
  const now = world.clock.now();
  if (event.install !== undefined) {
    const release = world.catalog.get(event.install);
    if (!release) throw new Error(`unknown update ${event.install}`); // the loader rejects these first
    const refused = notApplicable(world, fm, release) ?? finishPendingFor(world, fm, release);
    if (refused) {
      world.ledger.log(now, fm.name, 'update-installed', `${release.kb} not applicable: ${refused}`);
    } else if (!installUpdate(world, fm, release, 'update-install')) {
      world.ledger.log(now, fm.name, 'update-installed', `${release.kb} already installed`);
    } else if (isMonthlyRelease(release.type) && release.month === monthOf(now)) {
      world.ledger.patchTuesday(now, fm.name, release.kb, release.type as 'hotpatch' | 'baseline' | 'lcu');
    }
  } else if (event.restart) {
    restartMachine(world, fm, 'requested');
  } else if (event.hotpatch !== undefined) {
    if (fm.azureEdition) {
      world.ledger.log(
        now,
        fm.name,
        'hotpatch-state',
        'Azure Edition: hotpatch is on by default, not managed through Arc',
      );
    } else if (!fm.arcAgent) {
      world.ledger.log(
        now,
        fm.name,
        'hotpatch-state',
        `cannot ${event.hotpatch} hotpatch: the machine is not Arc-enabled`,
      );
    } else {
      requestHotpatch(world, fm, event.hotpatch);
    }
  } else if (event.playbook !== undefined) {
    const playbook = PLAYBOOKS.get(event.playbook);
    if (!playbook) throw new Error(`unknown playbook ${event.playbook}`);
    runPlaybook(world, fm, playbook);
  } else if (event.fault !== undefined) {
    applyFault(world, fm, event.fault);
  }
  reconcile(world, fm);
}

/**
 * An update that takes effect at once (a hotpatch) is not staged behind updates waiting for a
 * restart: that restart is finished first (INFER, DOMAIN.md 5). Why it cannot install, when the
 * restart failed or the machine it booted into refuses it; undefined when it can.
 */
function finishPendingFor(world: World, fm: FleetMachine, release: Release): string | undefined {
  if (release.restartRequired || fm.machine.staged.length === 0) return undefined;
  if (!finishPendingRestart(world, fm)) return 'a restart is pending and it failed';
  return notApplicable(world, fm, release);
}

const isMonthlyRelease = (type: string): boolean =>
  type === 'hotpatch' || type === 'baseline' || type === 'lcu';
