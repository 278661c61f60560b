import type { ArcMachineFacts, ArcMachineSource } from '../../simulators/arc/arm/index.js';
import { EDITION_NAMES } from '../../simulators/machine/index.js';
import type { Clock } from '../../simulators/shared/clock.js';
import { invariant } from '../../simulators/shared/invariant.js';
import type { FleetMachine } from './fleet-machine.js';
import { licensingBlocked } from './licensing.js';
import type { World } from './world.js';

/**
 * The fleet as the emulated control plane sees it: every machine with the Connected Machine agent
 * (`arc: none` machines are not in Azure), read live at each call, so the plane sees the machine as
 * it is now. Each machine's facts are one object with getters: the plane reads only what it needs
 * (the licensing check, for one, only for a change that is due). Whether Azure shows the machine
 * Connected is the agent's heartbeats' business (DOMAIN.md 4): the plane asks the agent, brought to
 * now, and learns from it when that will change next.
 */
export function fleetMachineSource(
  fleet: ReadonlyMap<string, FleetMachine>,
  clock: Clock,
  licensing: Pick<World, 'catalog' | 'rules'>,
): ArcMachineSource {
  const machines = [...fleet.values()].filter((fm) => fm.arcAgent).map((fm) => facts(fm, clock, licensing));
  return { machines: () => machines };
}

function facts(fm: FleetMachine, clock: Clock, licensing: Pick<World, 'catalog' | 'rules'>): ArcMachineFacts {
  const { machine } = fm;
  const agent = fm.agent;
  invariant(
    agent,
    () => `${fm.name}: an Arc-enabled machine has its agent before the control plane reads it`,
  );
  return {
    name: fm.name,
    get connected() {
      agent.sync(clock.now());
      return agent.azureStatus === 'Connected';
    },
    get lastHeartbeat() {
      return agent.lastHeartbeat;
    },
    get statusDueAt() {
      return agent.nextAzureStatusChangeAt(clock.now());
    },
    get statusSince() {
      return agent.azureStatusSince;
    },
    osName: 'windows',
    get osVersion() {
      return `10.0.${machine.os.build}`;
    },
    osSku: EDITION_NAMES[machine.edition].productName,
    edition: machine.edition,
    get vbsRunning() {
      return fm.vbsRunning;
    },
    get licensingBlocked() {
      return licensingBlocked(licensing, fm);
    },
    cores: machine.hardware.cores,
    vmId: machine.id,
    agentVersion: agent.version,
    // ASSUME: Windows itself is activated; the hotpatch license is another matter (licensing.ts).
    licenseStatus: 'Licensed',
    computerName: machine.name,
  };
}
