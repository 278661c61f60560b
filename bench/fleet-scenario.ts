// The fleet the benchmarks run: the mixed-fleet scenario's five kinds of machine in its proportions,
// scaled to any size, over its 24 months, with the October 2025 workaround on the web servers.
import type { ScenarioInput } from '../src/scenario/schema.js';

/** Shares of the fleet per kind, as in scenarios/mixed-fleet-24-months.yaml (150/50/40/30/30 of 300). */
const SHARES = { web: 0.5, db: 1 / 6, legacy: 2 / 15, az: 0.1, edge: 0.1 } as const;

/** A scenario document for `machines` machines (at least 10). */
export function fleetScenario(machines: number): ScenarioInput {
  const count = (share: number) => Math.max(1, Math.round(machines * share));
  const web = count(SHARES.web);
  const db = count(SHARES.db);
  const legacy = count(SHARES.legacy);
  const az = count(SHARES.az);
  const edge = Math.max(1, machines - web - db - legacy - az);
  return {
    name: `bench-fleet-${machines}`,
    seed: 2025,
    period: { from: '2025-01', to: '2026-12' },
    knobs: { licenseExpiry: 'random' },
    fleet: [
      {
        name: 'web',
        count: web,
        edition: 'standard',
        platform: 'hyperv-gen2',
        hotpatch: 'enabled',
        cores: 4,
      },
      { name: 'db', count: db, edition: 'datacenter', platform: 'physical', hotpatch: 'enabled', cores: 32 },
      { name: 'legacy', count: legacy, edition: 'standard', platform: 'hyperv-gen1', vbs: 'disabled' },
      {
        name: 'az',
        count: az,
        edition: 'datacenter-azure-edition',
        platform: 'azure',
        arc: 'none',
        cores: 8,
      },
      { name: 'edge', count: edge, edition: 'standard', platform: 'vmware', vbs: 'disabled' },
    ],
    events: [{ at: '2025-11-04T21:00', machines: ['web'], playbook: 'october-2025-workaround-option-2' }],
  };
}
