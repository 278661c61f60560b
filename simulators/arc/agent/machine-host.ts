import { cimHostFor } from '../../machine/cim-host.js';
import { EDITION_NAMES, type Machine } from '../../machine/index.js';
import type { Clock } from '../../shared/clock.js';
import { stableGuid } from '../../shared/stable-id.js';
import type { AgentHost } from './agent-host.js';

/**
 * A simulated machine as the agent's host. Everything is read live from the machine, so a restart
 * or a stopped service shows at once. Manufacturer and model are the ones Win32_ComputerSystem
 * reports, so `azcmagent show` and Get-CimInstance agree.
 */
export function agentHostFor(machine: Machine, clock: Clock): AgentHost {
  // Read on first use: a fleet builds one host per machine, and few are ever asked.
  let system: ReturnType<ReturnType<typeof cimHostFor>['computerSystem']> | undefined;
  let vmUuid: string | undefined;
  const computerSystem = () => {
    system ??= cimHostFor(machine, clock).computerSystem();
    return system;
  };
  return {
    name: machine.name,
    get vmId() {
      return machine.id;
    },
    // The SMBIOS UUID is not part of the machine model: a stable one per machine (ASSUME).
    get vmUuid() {
      vmUuid ??= stableGuid(`smbios-uuid:${machine.name.toLowerCase()}`);
      return vmUuid;
    },
    get manufacturer() {
      return computerSystem().manufacturer;
    },
    get model() {
      return computerSystem().model;
    },
    osSku: EDITION_NAMES[machine.edition].productName,
    osVersion: () => `10.0.${machine.os.build}`,
    get disk() {
      return machine.disk;
    },
    bootedAt: () => machine.boot.at,
    boots: () => machine.restarts.length,
    // A running service needs no registry read (the agent asks at every sync).
    serviceStatus: (name) =>
      machine.services.isRunning(name) ? 'Running' : machine.services.find(name)?.status,
  };
}
