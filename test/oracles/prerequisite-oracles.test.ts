import { describe, expect, it } from 'vitest';
import { hotpatchPrerequisites } from '../../src/oracles/hotpatch-prerequisites.js';
import { licenseExpiryKnob } from '../../src/oracles/license-expiry-knob.js';
import { licensingWindow } from '../../src/oracles/licensing-window.js';
import type { MachineSnapshot } from '../../src/oracles/snapshot.js';
import { check, checked, editSnapshot, enrolled, withMachine } from './helpers.js';

/** A machine's Patch Tuesday snapshot of `month` with some facts changed. */
const editPatchTuesday =
  (month: string, change: Partial<MachineSnapshot>) => (f: Parameters<typeof withMachine>[0]) =>
    withMachine(f, 'web', (m) => {
      const s = m.patchTuesdays.get(month);
      if (!s) throw new Error(`no ${month} Patch Tuesday`);
      return { ...m, patchTuesdays: new Map([...m.patchTuesdays, [month, { ...s, ...change }]]) };
    });

describe('hotpatch-prerequisites (DOMAIN.md 1, 3, 5, 6B)', () => {
  const run = checked({
    period: { from: '2025-08', to: '2025-09' },
    fleet: [{ ...enrolled, installed: 'KB5062553' }],
  });

  it('holds: an enrolled, licensed machine with VBS takes the August and September hotpatches', () => {
    expect(run.report?.machines[0]?.months.map((m) => m.kind)).toEqual(['hotpatch', 'hotpatch']);
    expect(check(hotpatchPrerequisites, run)).toEqual([]);
  });

  it('catches a hotpatch given to a machine whose license had expired, or that was not enrolled', () => {
    const violations = check(hotpatchPrerequisites, run, {
      facts: (f) =>
        editPatchTuesday('2025-09', { licenseExpired: true, hotpatch: 'Enabling', vbsStatus: 1 })(f),
    });
    expect(violations.map((v) => `${v.month}: ${v.message}`)).toEqual([
      '2025-09: took hotpatch KB5065474 at the Patch Tuesday: not enrolled (Enabling), VBS status 1, license expired',
    ]);
  });
});

describe('licensing-window (DOMAIN.md 6B)', () => {
  const run = checked({ period: { from: '2025-10', to: '2026-01' }, fleet: [enrolled] });

  it('holds: the license expires with the October baseline and comes back with the January one', () => {
    expect(run.fired).toContain('license-fixed-by-baseline');
    expect(check(licensingWindow, run)).toEqual([]);
  });

  it('catches a license still expired on the January 2026 baseline', () => {
    const violations = check(licensingWindow, run, {
      facts: (f) =>
        withMachine(f, 'web', (m) => editSnapshot(m, (s) => s.kb === 'KB5073379', { licenseExpired: true })),
    });
    expect(violations.map((v) => v.message)).toEqual([
      'license expired at 2026-01-13T18:00:00.000Z while the machine runs KB5073379',
    ]);
  });
});

describe('license-expiry-knob (DOMAIN.md 6B, ASSUME)', () => {
  const run = checked({ period: { from: '2025-10', to: '2025-11' }, fleet: [enrolled] });

  it('holds at always: the enrolled license held by the issue has expired', () => {
    expect(check(licenseExpiryKnob, run)).toEqual([]);
  });

  it('catches a valid license the issue holds under always, and an expired one under never', () => {
    const always = check(licenseExpiryKnob, run, {
      facts: editPatchTuesday('2025-11', { licenseExpired: false }),
    });
    expect(always.map((v) => v.month)).toEqual(['2025-11']);
    const never = check(licenseExpiryKnob, run, {
      facts: (f) => ({ ...f, knobs: { ...f.knobs, licenseExpiry: 'never' } }),
    });
    expect(never.map((v) => v.message)).toEqual(['a license expired although licenseExpiry is never']);
  });
});
