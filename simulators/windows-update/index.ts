/** The Windows Update model: release catalog, Patch Tuesday offers, the October 2025 rules. */
export { ReleaseCatalog } from './catalog.js';
export { CatalogError } from './catalog-error.js';
export { type LicensingView, licenseBugApplies, licenseBugRule, workaroundInEffect } from './licensing.js';
export type { MonthRelease } from './month-release.js';
export { decideOffer, hotpatchBases, type IneligibleReason, type Offer, type UpdateTarget } from './offer.js';
export { isPlannedBaselineMonth, monthId, monthsBetween, nextMonth, patchTuesday } from './patch-tuesday.js';
export type { Release, ReleaseType } from './release.js';
export { defaultRules, type KnownIssueRule, parseRules, type RuleEffect, rulesOfType } from './rules.js';
