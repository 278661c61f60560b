import { RegistryProvider } from '../../simulators/registry/index.js';
import type { Playbook, PlaybookContext, PlaybookWait } from '../playbooks/index.js';
import type { FleetMachine } from './fleet-machine.js';
import { reconcile, requestHotpatch } from './licensing.js';
import { restartMachine } from './machine-actions.js';
import { after, type World } from './world.js';

/** Runs a playbook on a machine; its waits become queued continuations on virtual time. */
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
    hotpatch: () => fm.profile.state,
    arcConnected: () => fm.connected,
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
