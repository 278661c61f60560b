/** A license profile's subscription status (DOC: Azure REST spec enums). */
export type SubscriptionStatus = 'Unknown' | 'Enabling' | 'Enabled' | 'Disabled' | 'Disabling' | 'Failed';

/** What the control plane learns of the machine when it applies a change. */
export interface EnrollmentProbe {
  /** The agent is connected: it heartbeats and takes the change (DOC: stuck "Pending" otherwise). */
  readonly connected: boolean;
  /** VBS runs; enabling hotpatch checks it and fails without it (DOC). */
  readonly vbsRunning: boolean;
  /** The machine cannot take the license now (the October 2025 licensing bug, DOC 6B). */
  readonly blocked: boolean;
}

/** The read-only state of the Hotpatch product feature of a machine's license profile. */
export interface HotpatchLicense {
  readonly status: SubscriptionStatus;
  readonly enrollmentDate?: number;
  readonly billingStartDate?: number;
  readonly disenrollmentDate?: number;
  readonly billingEndDate?: number;
  readonly error?: { readonly code: string; readonly message: string };
  /** When the pending change was asked for. */
  readonly requestedAt?: number;
}

/** The portal says a change takes about ten minutes to apply (DOC). */
export const ENROLLMENT_DELAY_MS = 10 * 60_000;

/**
 * The error of an enrollment that failed because VBS does not run. ASSUME: the real code and text
 * are not published; these name the documented cause.
 */
export const VBS_NOT_RUNNING_ERROR = {
  code: 'HotpatchPrerequisiteNotMet',
  message:
    'Hotpatch could not be enabled: virtualization-based security (VBS) is not running on the machine.',
} as const;

/**
 * The Hotpatch feature of one machine's license profile (`.../licenseProfiles/default`), as the
 * Arc control plane moves it on virtual time: Enabling for about ten minutes, then Enabled when
 * the machine is connected, VBS runs and nothing blocks the license; Failed when VBS does not run;
 * still Enabling while the machine is disconnected or blocked. Disabling leads to Disabled.
 */
export class LicenseProfile {
  #state: HotpatchLicense;

  constructor(initial: HotpatchLicense = { status: 'Disabled' }) {
    this.#state = initial;
  }

  get state(): HotpatchLicense {
    return this.#state;
  }

  /** The portal's Hotpatch → Confirm, or a PUT with subscriptionStatus Enabled. */
  enable(now: number): void {
    if (this.#state.status === 'Enabled' || this.#state.status === 'Enabling') return;
    const { enrollmentDate, billingStartDate } = this.#state;
    this.#state = { status: 'Enabling', requestedAt: now, ...dates({ enrollmentDate, billingStartDate }) };
  }

  /** Turning hotpatch off. */
  disable(now: number): void {
    if (this.#state.status === 'Disabled' || this.#state.status === 'Disabling') return;
    const { enrollmentDate, billingStartDate } = this.#state;
    this.#state = { status: 'Disabling', requestedAt: now, ...dates({ enrollmentDate, billingStartDate }) };
  }

  /** When a pending change may next move; undefined when nothing is pending. */
  dueAt(): number | undefined {
    const { status, requestedAt } = this.#state;
    return (status === 'Enabling' || status === 'Disabling') && requestedAt !== undefined
      ? requestedAt + ENROLLMENT_DELAY_MS
      : undefined;
  }

  /** Moves a pending change on when it is due; returns the new status if it changed. */
  advance(now: number, probe: EnrollmentProbe): SubscriptionStatus | undefined {
    const due = this.dueAt();
    if (due === undefined || now < due || !probe.connected) return undefined;
    const { enrollmentDate, billingStartDate } = this.#state;
    if (this.#state.status === 'Disabling') {
      this.#state = {
        status: 'Disabled',
        ...dates({ enrollmentDate, billingStartDate }),
        disenrollmentDate: now,
        billingEndDate: now,
      };
      return 'Disabled';
    }
    if (!probe.vbsRunning) {
      this.#state = { status: 'Failed', error: VBS_NOT_RUNNING_ERROR };
      return 'Failed';
    }
    if (probe.blocked) return undefined;
    this.#state = { status: 'Enabled', enrollmentDate: now, billingStartDate: now };
    return 'Enabled';
  }
}

const dates = (d: { enrollmentDate?: number | undefined; billingStartDate?: number | undefined }) =>
  Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined));
