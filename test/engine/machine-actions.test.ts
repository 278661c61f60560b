import { describe, expect, it } from 'vitest';
import type { Release } from '../../simulators/windows-update/index.js';
import { installUpdate, restartMachine } from '../../src/engine/machine-actions.js';
import { driveTo, healthy, member, worldOf } from './scenario-helpers.js';

const world = () =>
  worldOf({
    period: { from: '2025-02', to: '2025-02' },
    fleet: [{ name: 'm', ...healthy, hotpatch: 'enabled', installed: 'KB5050009' }],
  });
const release = (w: ReturnType<typeof world>, kb: string): Release => {
  const found = w.catalog.get(kb);
  if (!found) throw new Error(kb);
  return found;
};

describe('restartMachine', () => {
  it('restarts, counts the restart under its reason and logs it', () => {
    const w = world();
    driveTo(w, '2025-02-03T04:00');
    expect(restartMachine(w, member(w, 'm'), 'requested')).toBe(true);
    expect(w.ledger.machineMonths('m')[0]).toMatchObject({ restarts: 1, reasons: ['requested'] });
    expect(w.ledger.events.at(-1)).toEqual({
      at: '2025-02-03T04:00:00.000Z',
      machine: 'm',
      type: 'restart',
      detail: 'requested',
    });
    expect(member(w, 'm').machine.restarts).toHaveLength(1);
  });

  it('with restart-fails armed: no restart happens or counts, the fault is logged, and the fault is used up', () => {
    const w = world();
    const fm = member(w, 'm');
    fm.restartFailsNext = true;
    expect(restartMachine(w, fm, 'requested')).toBe(false);
    expect(fm.machine.restarts).toHaveLength(0);
    expect(w.ledger.machineMonths('m')[0]).toMatchObject({ restarts: 0, reasons: [] });
    expect(w.ledger.events.at(-1)).toMatchObject({
      type: 'fault',
      detail: expect.stringMatching(/^restart failed \(requested\)/),
    });
    expect(restartMachine(w, fm, 'requested')).toBe(true);
    expect(fm.machine.restarts).toHaveLength(1);
  });
});

describe('installUpdate', () => {
  it('DOMAIN 5: a hotpatch installs without a restart and takes effect at once', () => {
    const w = world();
    const fm = member(w, 'm');
    expect(installUpdate(w, fm, release(w, 'KB5052105'), 'update-install')).toBe(true);
    expect(fm.machine.os.kb).toBe('KB5052105');
    expect(fm.machine.restarts).toHaveLength(0);
    expect(w.ledger.events.at(-1)).toMatchObject({
      type: 'update-installed',
      detail: expect.stringMatching(/no restart needed/),
    });
  });

  it('DOMAIN 5: an LCU restarts the machine for the given reason and takes effect at that restart', () => {
    const w = world();
    const fm = member(w, 'm');
    expect(installUpdate(w, fm, release(w, 'KB5051987'), 'not-enrolled')).toBe(true);
    expect(fm.machine.os.kb).toBe('KB5051987');
    expect(w.ledger.machineMonths('m')[0]).toMatchObject({ restarts: 1, reasons: ['not-enrolled'] });
    expect(w.ledger.events.map((e) => e.type).slice(-2)).toEqual(['update-installed', 'restart']);
  });

  it('returns false and changes nothing when the machine already has the update', () => {
    const w = world();
    const before = w.ledger.events.length;
    expect(installUpdate(w, member(w, 'm'), release(w, 'KB5050009'), 'update-install')).toBe(false);
    expect(w.ledger.events.length).toBe(before);
  });
});
