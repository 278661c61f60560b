import type { ConnectedMachineAgent } from '../../arc/agent/index.js';
import { CimRepository } from '../../cim/index.js';
import type { ConfirmPrompt } from '../../powershell/index.js';
import { RegistryProvider } from '../../registry/index.js';
import type { Clock } from '../../shared/clock.js';
import { cimHostFor } from '../cim-host.js';
import type { Machine } from '../machine.js';
import { machineEnvironment } from './machine-environment.js';

/** What the machine's commands are built with. */
export interface MachineCommandOptions {
  /** The machine's virtual time (file times, LocalDateTime, the agent's log). */
  readonly clock: Clock;
  /** The caller's answer to prompts: ShouldProcess (-Confirm), ShouldContinue, reg.exe's Yes/No. No by default. */
  readonly confirm?: (prompt: ConfirmPrompt) => boolean;
  /** The Connected Machine agent; when given and installed, `azcmagent` exists. */
  readonly agent?: ConnectedMachineAgent;
}

/** One machine as its commands see it: the machine and the views of it they share. */
export interface MachineShell {
  readonly machine: Machine;
  readonly clock: Clock;
  readonly registry: RegistryProvider;
  readonly cim: CimRepository;
  readonly confirm: (prompt: ConfirmPrompt) => boolean;
  readonly agent: ConnectedMachineAgent | undefined;
  /** $env: of a session on the machine; REG_EXPAND_SZ values expand against it. */
  readonly environment: Readonly<Record<string, string>>;
}

/** The shell of one machine; views are live, so commands always see the machine as it is now. */
export function machineShell(machine: Machine, options: MachineCommandOptions): MachineShell {
  return {
    machine,
    clock: options.clock,
    registry: new RegistryProvider(machine.registry),
    cim: new CimRepository(cimHostFor(machine, options.clock)),
    confirm: options.confirm ?? (() => false),
    agent: options.agent,
    environment: machineEnvironment(machine, options.agent),
  };
}
