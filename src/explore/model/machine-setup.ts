import fc from 'fast-check';
import type { ScenarioInput } from '../../scenario/schema.js';
import { settle } from './operations.js';
import type { ModelState } from './state.js';

/** The one machine a model-based run drives, as drawn. */
export interface ModelMachineSpec {
  readonly edition: 'standard' | 'datacenter' | 'datacenter-azure-edition';
  readonly arc: 'connected' | 'disconnected' | 'none';
  readonly canRunVbs: boolean;
  readonly vbs: 'running' | 'configured' | 'disabled';
  readonly hotpatch: 'enabled' | 'disabled';
}

/** When the model-based runs start: the day after the October 2025 baseline, on it. */
export const MODEL_START = '2025-10-15T00:00';
/** The world starts, and the machine boots, at the first instant of the period (October 2025). */
const PERIOD_START = Date.parse('2025-10-01T00:00:00Z');

/** A machine of any edition, Arc state and VBS capability, valid for the world. */
export const modelMachineArbitrary: fc.Arbitrary<ModelMachineSpec> = fc
  .record({
    edition: fc.constantFrom('standard', 'datacenter', 'datacenter-azure-edition'),
    arc: fc.constantFrom('connected', 'disconnected', 'none'),
    canRunVbs: fc.boolean(),
    vbs: fc.constantFrom('running', 'configured', 'disabled'),
    hotpatch: fc.constantFrom('enabled', 'disabled'),
  } as const)
  .map((m) => {
    const vbs = m.vbs === 'running' && !m.canRunVbs ? 'configured' : m.vbs;
    const arcOk = m.arc !== 'none' || m.edition === 'datacenter-azure-edition';
    return { ...m, vbs, hotpatch: vbs === 'running' && arcOk ? m.hotpatch : 'disabled' };
  });

/** The scenario that builds the machine in the engine's world (period Oct 2025 - Apr 2026). */
export function modelScenario(spec: ModelMachineSpec): ScenarioInput {
  return {
    name: 'model',
    period: { from: '2025-10', to: '2026-04' },
    knobs: { licenseExpiry: 'always', disconnectedLicense: 'kept', licenseMutex: 'present' },
    updates: { mode: 'manual' },
    fleet: [
      {
        name: 'm',
        edition: spec.edition,
        platform: spec.canRunVbs ? 'hyperv-gen2' : 'hyperv-gen1',
        vbs: spec.vbs,
        arc: spec.arc,
        hotpatch: spec.hotpatch,
        installed: 'KB5066835',
      },
    ],
  };
}

/** The model's initial state for the machine at `now`. */
export function initialModel(spec: ModelMachineSpec, now: number): ModelState {
  const s: ModelState = {
    now,
    azureEdition: spec.edition === 'datacenter-azure-edition',
    arcAgent: spec.arc !== 'none',
    canRunVbs: spec.canRunVbs,
    networkUp: spec.arc === 'connected',
    himdsRunning: spec.arc !== 'none',
    // Heartbeating since the boot at the start, if the network is up (INFER).
    hbPhase: PERIOD_START,
    lastHeartbeat: spec.arc === 'connected' ? PERIOD_START : undefined,
    azure: spec.arc === 'connected' ? 'Connected' : 'Disconnected',
    hbAt: PERIOD_START,
    bootedAt: PERIOD_START,
    agentSawHimds: spec.arc !== 'none',
    vbsConfigured: spec.vbs !== 'disabled',
    // A configured VBS waits for a boot where it can run; where it cannot, the boot already failed.
    vbsBooted: spec.vbs === 'running' || (spec.vbs === 'configured' && !spec.canRunVbs),
    enrollment: spec.hotpatch === 'enabled' ? 'Enabled' : 'Disabled',
    requestedAt: undefined,
    // Enrolled through Arc at the start; Azure Edition has hotpatch without a profile (DOMAIN.md 1).
    profile:
      spec.hotpatch === 'enabled' && spec.arc !== 'none' && spec.edition !== 'datacenter-azure-edition',
    deleting: false,
    kb: 'KB5066835',
    staged: [],
    baseline: 'KB5066835',
    offLine: false,
    restartFailsNext: false,
    overrideWritten: false,
    overrideBooted: false,
    mutexPresent: false,
    issueSeen: false,
    licenseExpired: false,
  };
  settle(s);
  return s;
}
