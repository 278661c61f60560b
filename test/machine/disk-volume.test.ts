import { describe, expect, it, vi } from 'vitest';
import { MachineDisk } from '../../simulators/machine/index.js';
import { ManualClock } from '../../simulators/shared/clock.js';
import { machineAt } from './fixtures.js';

/** Counts the memfs volumes created. */
const volumes = vi.hoisted(() => ({ created: 0 }));
vi.mock('memfs', async (importOriginal) => {
  const memfs = await importOriginal<typeof import('memfs')>();
  class CountedVolume extends memfs.Volume {
    constructor(...args: ConstructorParameters<typeof memfs.Volume>) {
      super(...args);
      volumes.created++;
    }
  }
  return { ...memfs, Volume: CountedVolume };
});

describe('a disk costs nothing until it is used', () => {
  it('an idle machine, even with a hook on its disk, lays out no volume', () => {
    const before = volumes.created;
    const { machine } = machineAt();
    machine.disk.beforeAccess(() => {});
    expect(volumes.created).toBe(before);
  });

  it('the first use lays out one volume, after the hooks ran', () => {
    const disk = new MachineDisk(new ManualClock('2025-10-23T08:00:00Z'));
    const seen: number[] = [];
    disk.beforeAccess(() => seen.push(volumes.created));
    const before = volumes.created;
    expect(disk.readdir('C:\\ProgramData')).toEqual([]);
    expect(seen).toEqual([before]);
    disk.exists('C:\\');
    expect(volumes.created).toBe(before + 1);
  });
});
