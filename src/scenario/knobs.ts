/**
 * The ASSUME knobs: modelling choices where nothing is known (DOMAIN.md). Each has a default, a
 * grade and a line of documentation; a report lists every knob its run relied on.
 */
export const KNOBS = {
  licenseExpiry: {
    values: ['always', 'never', 'random'] as const,
    default: 'always',
    doc: 'Whether an enrolled hotpatch license expires under the October 2025 licensing bug (DOMAIN.md 6B says only that it "may"); random draws once per machine from the seed, expiring with probability one half.',
  },
  pricePerCoreMonth: {
    default: 1.5,
    doc: 'US$ per CPU core per month for Arc-enabled hotpatch on Standard and Datacenter (DOMAIN.md 3: third parties give 1.50 from July 2025; a later Microsoft revision says no extra cost).',
  },
  disconnectedLicense: {
    values: ['kept', 'lost'] as const,
    default: 'kept',
    doc: 'Whether a machine whose Arc agent is disconnected at Patch Tuesday keeps its hotpatch license (nothing is published; kept assumes the license is cached on the machine).',
  },
  licenseMutex: {
    values: ['present', 'absent'] as const,
    default: 'present',
    doc: 'Whether the DeviceLicensingServiceCommandMutex value exists on a machine the licensing issue hits (the workaround removes it "if present"; when it appears is not published, so it is written when the issue first applies to the machine).',
  },
} as const;

/** Knob values in effect for a run. */
export interface Knobs {
  licenseExpiry: (typeof KNOBS.licenseExpiry.values)[number];
  pricePerCoreMonth: number;
  disconnectedLicense: (typeof KNOBS.disconnectedLicense.values)[number];
  licenseMutex: (typeof KNOBS.licenseMutex.values)[number];
}

/** Every knob at its default. */
export const DEFAULT_KNOBS: Knobs = {
  licenseExpiry: KNOBS.licenseExpiry.default,
  pricePerCoreMonth: KNOBS.pricePerCoreMonth.default,
  disconnectedLicense: KNOBS.disconnectedLicense.default,
  licenseMutex: KNOBS.licenseMutex.default,
};
