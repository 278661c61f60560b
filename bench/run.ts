// Benchmarks: the memory a registry clone and an idle machine cost. Run with `npm run bench`
// (node --expose-gc); figures are printed as a table and as JSON on the last line.
import { Machine, type MachineSpec, registryFromImage } from '../simulators/machine/index.js';
import { dword } from '../simulators/registry/index.js';
import { ManualClock } from '../simulators/shared/clock.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench does)');

function bytesPer<T>(count: number, make: (i: number) => T): number {
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const kept: T[] = [];
  for (let i = 0; i < count; i++) kept.push(make(i));
  gc?.();
  const after = process.memoryUsage().heapUsed;
  if (kept.length !== count) throw new Error('unreachable');
  return (after - before) / count;
}

const image = {
  edition: 'datacenter',
  installation: 'core',
  arcAgent: true,
  vbsEnabled: true,
  build: '26100.6899',
} as const;
const spec = (i: number): MachineSpec => ({
  name: `web-${i}`,
  edition: 'datacenter',
  installation: 'core',
  hardware: { platform: 'hyperv-gen2', firmware: 'uefi', secureBoot: true, cores: 8 },
  vbs: 'running',
  arcAgent: true,
  update: { kb: 'KB5066835', build: '26100.6899' },
});
const clock = new ManualClock('2025-10-15');
const N = 20_000;

const rows = {
  'registry clone, untouched (bytes)': bytesPer(N, () => registryFromImage(image)),
  'registry clone + one value written (bytes)': bytesPer(N, () => {
    const r = registryFromImage(image);
    r.setValue('HKLM\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard', 'Locked', dword(0));
    return r;
  }),
  'idle machine (bytes)': bytesPer(N, (i) => new Machine(spec(i), clock)),
};

console.table(Object.entries(rows).map(([figure, value]) => ({ figure, value: Math.round(value) })));
console.log(
  JSON.stringify({
    machines: N,
    ...Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, Math.round(v)])),
  }),
);
