import { describe, expect, it } from 'vitest';
import {
  ENROLLMENT_DELAY_MS,
  type EnrollmentProbe,
  LicenseProfile,
  VBS_NOT_RUNNING_ERROR,
} from '../../simulators/arc/index.js';

const MINUTE = 60_000;
/** DOMAIN 3: about ten minutes to apply. */
const TEN_MINUTES = 10 * MINUTE;
const T0 = Date.UTC(2025, 10, 3, 22, 0);

const ready: EnrollmentProbe = { connected: true, vbsRunning: true, blocked: false };
const disconnected: EnrollmentProbe = { ...ready, connected: false };
const blocked: EnrollmentProbe = { ...ready, blocked: true };
const noVbs: EnrollmentProbe = { ...ready, vbsRunning: false };

/** A profile asked to enable at T0. */
function enabling(): LicenseProfile {
  const profile = new LicenseProfile();
  profile.enable(T0);
  return profile;
}

/** A profile that became Enabled at T0 + ten minutes. */
function enabled(): LicenseProfile {
  const profile = enabling();
  profile.advance(T0 + TEN_MINUTES, ready);
  return profile;
}

describe('LicenseProfile', () => {
  it('DOMAIN 3: a new profile is Disabled with nothing pending', () => {
    const profile = new LicenseProfile();
    expect(profile.state.status).toBe('Disabled');
    expect(profile.dueAt()).toBeUndefined();
    expect(profile.advance(T0 + TEN_MINUTES, ready)).toBeUndefined();
  });

  it('DOMAIN 3: enabling a Disabled profile makes it Enabling', () => {
    const profile = enabling();
    expect(profile.state.status).toBe('Enabling');
    expect(profile.state.requestedAt).toBe(T0);
    expect(profile.state.enrollmentDate).toBeUndefined();
    expect(profile.state.billingStartDate).toBeUndefined();
  });

  it('DOMAIN 3: a change takes about ten minutes to apply', () => {
    expect(ENROLLMENT_DELAY_MS).toBe(TEN_MINUTES);
  });

  it('DOMAIN 3: dueAt is ten minutes after the request while a change is pending', () => {
    const profile = enabling();
    expect(profile.dueAt()).toBe(T0 + TEN_MINUTES);
  });

  it.each([0, 1, 5 * MINUTE, TEN_MINUTES - 1])(
    'DOMAIN 3: stays Enabling %i ms after the request',
    (after) => {
      const profile = enabling();
      expect(profile.advance(T0 + after, ready)).toBeUndefined();
      expect(profile.state.status).toBe('Enabling');
    },
  );

  it('DOMAIN 3: at ten minutes, connected with VBS running and not blocked, Enabled with enrollment and billing dates', () => {
    const profile = enabling();
    expect(profile.advance(T0 + TEN_MINUTES, ready)).toBe('Enabled');
    expect(profile.state.status).toBe('Enabled');
    expect(profile.state.enrollmentDate).toBe(T0 + TEN_MINUTES);
    expect(profile.state.billingStartDate).toBe(T0 + TEN_MINUTES);
    expect(profile.state.error).toBeUndefined();
    expect(profile.dueAt()).toBeUndefined();
  });

  it('DOMAIN 3: an advance later than due enrolls at the time of that advance', () => {
    const profile = enabling();
    expect(profile.advance(T0 + 25 * MINUTE, ready)).toBe('Enabled');
    expect(profile.state.enrollmentDate).toBe(T0 + 25 * MINUTE);
    expect(profile.state.billingStartDate).toBe(T0 + 25 * MINUTE);
  });

  it('DOMAIN 1: enabling fails when VBS does not run (Failed, with the VBS error)', () => {
    const profile = enabling();
    expect(profile.advance(T0 + TEN_MINUTES, noVbs)).toBe('Failed');
    expect(profile.state.status).toBe('Failed');
    expect(profile.state.error).toEqual(VBS_NOT_RUNNING_ERROR);
    expect(profile.state.enrollmentDate).toBeUndefined();
    expect(profile.state.billingStartDate).toBeUndefined();
    expect(profile.dueAt()).toBeUndefined();
  });

  it('DOMAIN 1: the VBS error names VBS', () => {
    expect(VBS_NOT_RUNNING_ERROR.message).toMatch(/VBS|virtualization-based security/i);
  });

  it('DOMAIN 3: stays Enabling while the machine is disconnected, then Enabled at the first advance after it reconnects', () => {
    const profile = enabling();
    expect(profile.advance(T0 + TEN_MINUTES, disconnected)).toBeUndefined();
    expect(profile.advance(T0 + 60 * MINUTE, disconnected)).toBeUndefined();
    expect(profile.state.status).toBe('Enabling');
    expect(profile.advance(T0 + 65 * MINUTE, ready)).toBe('Enabled');
    expect(profile.state.enrollmentDate).toBe(T0 + 65 * MINUTE);
    expect(profile.state.billingStartDate).toBe(T0 + 65 * MINUTE);
  });

  it('DOMAIN 6B: stays Enabling while the licensing bug blocks it, then Enabled at the first advance after it clears', () => {
    const profile = enabling();
    expect(profile.advance(T0 + TEN_MINUTES, blocked)).toBeUndefined();
    expect(profile.advance(T0 + 24 * 60 * MINUTE, blocked)).toBeUndefined();
    expect(profile.state.status).toBe('Enabling');
    const cleared = T0 + 25 * 60 * MINUTE;
    expect(profile.advance(cleared, ready)).toBe('Enabled');
    expect(profile.state.enrollmentDate).toBe(cleared);
    expect(profile.state.billingStartDate).toBe(cleared);
  });

  it('DOMAIN 3: disabling an Enabled profile makes it Disabling, then Disabled with disenrollment and billing end dates', () => {
    const profile = enabled();
    const asked = T0 + 2 * 60 * MINUTE;
    profile.disable(asked);
    expect(profile.state.status).toBe('Disabling');
    expect(profile.dueAt()).toBe(asked + TEN_MINUTES);
    expect(profile.advance(asked + TEN_MINUTES - 1, ready)).toBeUndefined();
    expect(profile.state.status).toBe('Disabling');
    expect(profile.advance(asked + TEN_MINUTES, ready)).toBe('Disabled');
    expect(profile.state).toMatchObject({
      status: 'Disabled',
      enrollmentDate: T0 + TEN_MINUTES,
      billingStartDate: T0 + TEN_MINUTES,
      disenrollmentDate: asked + TEN_MINUTES,
      billingEndDate: asked + TEN_MINUTES,
    });
    expect(profile.dueAt()).toBeUndefined();
  });

  it('DOMAIN 3 (INFER): disabling does not need VBS (only enabling checks it)', () => {
    const profile = enabled();
    profile.disable(T0 + 60 * MINUTE);
    expect(profile.advance(T0 + 70 * MINUTE, noVbs)).toBe('Disabled');
  });

  it('DOMAIN 3: enabling an Enabled profile changes nothing', () => {
    const profile = enabled();
    const before = profile.state;
    profile.enable(T0 + 60 * MINUTE);
    expect(profile.state).toBe(before);
    expect(profile.state.status).toBe('Enabled');
    expect(profile.dueAt()).toBeUndefined();
  });

  it('DOMAIN 3: enabling an Enabling profile keeps the first request', () => {
    const profile = enabling();
    profile.enable(T0 + 5 * MINUTE);
    expect(profile.state.requestedAt).toBe(T0);
    expect(profile.dueAt()).toBe(T0 + TEN_MINUTES);
  });

  it('DOMAIN 3: disabling a Disabled profile changes nothing', () => {
    const profile = new LicenseProfile();
    const before = profile.state;
    profile.disable(T0);
    expect(profile.state).toBe(before);
    expect(profile.dueAt()).toBeUndefined();
  });

  it('DOMAIN 3: a Failed profile can be enabled again and becomes Enabled once VBS runs', () => {
    const profile = enabling();
    profile.advance(T0 + TEN_MINUTES, noVbs);
    profile.enable(T0 + 60 * MINUTE);
    expect(profile.state.status).toBe('Enabling');
    expect(profile.advance(T0 + 70 * MINUTE, ready)).toBe('Enabled');
    expect(profile.state.error).toBeUndefined();
  });

  it('DOMAIN 3: a profile can start Enabled (an enrolled machine)', () => {
    const profile = new LicenseProfile({ status: 'Enabled', enrollmentDate: T0, billingStartDate: T0 });
    expect(profile.state.status).toBe('Enabled');
    expect(profile.dueAt()).toBeUndefined();
    expect(profile.advance(T0 + TEN_MINUTES, ready)).toBeUndefined();
  });
});
