import { RegistryProvider } from '../../simulators/registry/index.js';
import type { Playbook, PlaybookContext, PlaybookWait } from '../playbooks/index.js';
import { armConnected, getHotpatch } from './arm-client.js';
import type { FleetMachine } from './fleet-machine.js';
import { reconcile, requestHotpatch } from './licensing.js';
import { restartMachine } from './machine-actions.js';
import { after, type World } from './world.js';

/**
 * Runs a playbook on a machine; its waits become queued continuations on virtual time. What it
 * asks of Azure goes through the ARM API, as an operator's portal or script would: the Hotpatch
 * change (a PUT), the enrollment and the agent status (GETs).
 */
export function runPlaybook(world: World, fm: FleetMachine, playbook: Playbook): void {
  const log = (line: string) =>
    world.ledger.log(world.clock.now(), fm.name, 'playbook', `${playbook.name}: ${line}`);
  const ctx: PlaybookContext = {
    machine: fm.machine,
    registry: new RegistryProvider(fm.machine.registry),
    now: () => world.clock.now(),
    log,
    restart: () => restartMachine(world, fm, 'requested'),
    requestHotpatch: (action) => requestHotpatch(world, fm, action),
    hotpatch: () => getHotpatch(world, fm.name),
    arcConnected: () => armConnected(world, fm.name),
  };
  log('started');
  const steps = playbook.run(ctx);
  const resume = (): void => {
    const step = steps.next();
    reconcile(world, fm);
    if (step.done) {
      log(`${step.value.status}: ${step.value.summary}`);
      return;
    }
    after(world, (step.value as PlaybookWait).waitMs, resume);
  };
  resume();
}
