import { type Hardware, Machine, type MachineSpec, type OsUpdate } from '../../simulators/machine/index.js';
import { ManualClock } from '../../simulators/shared/clock.js';

/** The hardware the tests build machines on. */
export const HW = {
  gen1: { platform: 'hyperv-gen1', firmware: 'bios', secureBoot: false, cores: 4 },
  gen2: { platform: 'hyperv-gen2', firmware: 'uefi', secureBoot: true, cores: 4 },
  physical: { platform: 'physical', firmware: 'uefi', secureBoot: true, cores: 16 },
  azure: { platform: 'azure', firmware: 'uefi', secureBoot: true, cores: 8 },
  vmware: { platform: 'vmware', firmware: 'uefi', secureBoot: true, cores: 8 },
  bios: { platform: 'physical', firmware: 'bios', secureBoot: false, cores: 16 },
  noSecureBoot: { platform: 'physical', firmware: 'uefi', secureBoot: false, cores: 16 },
} as const satisfies Record<string, Hardware>;

/** October 2025 baseline (DOMAIN.md section 5). */
export const OCT_BASELINE: OsUpdate = { kb: 'KB5066835', build: '26100.6899' };
/** November 2025 LCU: a restart update. */
export const NOV_LCU = { kb: 'KB5068861', build: '26100.7171', restartRequired: true } as const;
/** November 2025 hotpatch: no restart. */
export const NOV_HOTPATCH = { kb: 'KB5068966', build: '26100.7092', restartRequired: false } as const;
/** November 2025 out-of-band LCU, a week after NOV_LCU. */
export const NOV_OOB = { kb: 'KB5072359', build: '26100.7178', restartRequired: true } as const;

export const START = '2025-10-23T08:00:00Z';

/** A spec with defaults: an Arc-connected Datacenter on Hyper-V Gen 2 with VBS running. */
export function spec(overrides: Partial<MachineSpec> = {}): MachineSpec {
  return {
    name: 'WS01',
    edition: 'datacenter',
    installation: 'desktop',
    hardware: HW.gen2,
    vbs: 'running',
    arcAgent: true,
    update: OCT_BASELINE,
    ...overrides,
  };
}

/** A machine and the clock it runs on. */
export function machineAt(overrides: Partial<MachineSpec> = {}, start: string = START) {
  const clock = new ManualClock(start);
  return { clock, machine: new Machine(spec(overrides), clock) };
}
