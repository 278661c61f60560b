import {
  type AgentOptions,
  type ArcResource,
  agentHostFor,
  ConnectedMachineAgent,
} from '../../../simulators/arc/agent/index.js';
import type { MachineSpec } from '../../../simulators/machine/index.js';
import { machineAt } from '../../machine/fixtures.js';

export const START = '2025-11-03T22:00:00Z';
export const MIN = 60_000;
export const SUB = '00000000-0000-0000-0000-000000000000';
export const TENANT = '72f988bf-0000-4000-8000-000000000001';

/** The resource web-01 is connected to. */
export const RESOURCE: ArcResource = {
  tenantId: TENANT,
  subscriptionId: SUB,
  resourceGroup: 'hotpatch-fleet',
  location: 'westeurope',
  name: 'web-01',
  cloud: 'AzureCloud',
  correlationId: '2989a600-f32a-47d9-884d-c5d59e211ba7',
};

/** A small seeded stream (mulberry32) standing in for the engine's per-machine Random. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** An Arc machine `web-01` booted at START with its agent connected, unless told otherwise. */
export function agentAt(
  options: Partial<Omit<AgentOptions, 'clock' | 'random'>> & { connected?: boolean } = {},
  spec: Partial<MachineSpec> = {},
) {
  const { clock, machine } = machineAt({ name: 'web-01', ...spec }, START);
  const { connected = true, ...rest } = options;
  const agent = new ConnectedMachineAgent(agentHostFor(machine, clock), {
    clock,
    random: seeded(20251111),
    ...(connected && spec.arcAgent !== false ? { resource: RESOURCE } : {}),
    ...rest,
  });
  return { clock, machine, agent };
}

/** ISO times of virtual instants, for readable assertions. */
export const iso = (times: readonly number[]): string[] => times.map((t) => new Date(t).toISOString());
