import { innerMap } from '../shared/inner-map.js';
import type { ReleaseCatalog } from './catalog.js';
import type { MonthRelease } from './month-release.js';
import type { Release } from './release.js';
import { type KnownIssueRule, rulesOfType } from './rules.js';

/** Why a machine does not get the month's hotpatch (DESIGN.md reason codes). */
export type IneligibleReason = 'not-enrolled' | 'vbs-not-running' | 'license-expired' | 'off-baseline';

/** What Windows Update knows of a machine when it decides. */
export interface UpdateTarget {
  /** The KB the machine runs (RTM for the release image). */
  readonly kb: string;
  /**
   * The update that decides whether the machine is on the hotpatch line: the last one it took that
   * is not a release keeping the line (KB5070893 does not bring back a machine KB5070881 took off
   * it, DOMAIN.md 6A). The hotpatch's bases are checked against it; `kb` when absent.
   */
  readonly lineKb?: string;
  readonly build: string;
  /** Standard, Datacenter or Azure Edition are supported (DOC). */
  readonly editionSupported: boolean;
  /** VirtualizationBasedSecurityStatus is 2 (DOC). */
  readonly vbsRunning: boolean;
  /** Azure Edition (on by default), or an Arc license profile that is Enabled (DOC). */
  readonly enrolled: boolean;
  /** The hotpatch license is valid (the October 2025 licensing bug can expire it). */
  readonly licenseValid: boolean;
}

/** What a Patch Tuesday gives a machine. */
export interface Offer {
  readonly release: Release;
  readonly kind: 'hotpatch' | 'baseline' | 'lcu';
  /** Why it is not the hotpatch, most telling first; empty for hotpatches and baselines. */
  readonly reasons: readonly IneligibleReason[];
}

/** Hotpatches need build 26100.1742 or later (DOC). */
const MIN_REVISION = 1742;

/** The updates a hotpatch installs on top of, after the rules that restrict them. */
export function hotpatchBases(
  catalog: ReleaseCatalog,
  rules: readonly KnownIssueRule[],
  hotpatch: Release,
): ReadonlySet<string> {
  // Asked once per machine and month: kept per catalog, rule set and hotpatch (a hit only reads).
  const known = basesMemo.get(catalog)?.get(rules)?.get(hotpatch.kb);
  if (known) return known;
  let byRules = basesMemo.get(catalog);
  if (!byRules) {
    byRules = new WeakMap();
    basesMemo.set(catalog, byRules);
  }
  const byKb = innerMap(byRules, rules);
  const bases = restrictedBases(catalog, rules, hotpatch);
  byKb.set(hotpatch.kb, bases);
  return bases;
}

const basesMemo = new WeakMap<ReleaseCatalog, WeakMap<readonly KnownIssueRule[], Map<string, Set<string>>>>();

function restrictedBases(
  catalog: ReleaseCatalog,
  rules: readonly KnownIssueRule[],
  hotpatch: Release,
): Set<string> {
  let bases = new Set(catalog.hotpatchBases(hotpatch));
  for (const rule of rulesOfType(rules, 'restrict-hotpatch-bases')) {
    if (rule.effect.hotpatches.includes(hotpatch.kb)) {
      bases = new Set([...bases].filter((kb) => rule.effect.allowed.includes(kb)));
    }
  }
  return bases;
}

/**
 * Decides what the month's Patch Tuesday gives a machine (DOC, DOMAIN.md 5): in a baseline month
 * the baseline; in a hotpatch month the hotpatch when every prerequisite holds and the machine is
 * on the hotpatch line (which update it runs decides, never its build number), else the LCU.
 * Undefined when the machine already has what the month offers.
 */
export function decideOffer(
  catalog: ReleaseCatalog,
  rules: readonly KnownIssueRule[],
  month: MonthRelease,
  target: UpdateTarget,
): Offer | undefined {
  if (month.type === 'baseline' || !month.hotpatch) {
    return has(catalog, target, month.restartUpdate)
      ? undefined
      : offerOf(month.restartUpdate, 'baseline', 0);
  }
  if (has(catalog, target, month.hotpatch) || has(catalog, target, month.restartUpdate)) return undefined;
  let reasons = 0;
  if (!target.editionSupported || revisionOf(target.build) < MIN_REVISION || !target.enrolled) reasons |= 1;
  if (!target.vbsRunning) reasons |= 2;
  if (target.enrolled && !target.licenseValid) reasons |= 4;
  if (!hotpatchBases(catalog, rules, month.hotpatch).has(target.lineKb ?? target.kb)) reasons |= 8;
  return reasons === 0
    ? offerOf(month.hotpatch, 'hotpatch', 0)
    : offerOf(month.restartUpdate, 'lcu', reasons);
}

/** The reasons in the order decideOffer weighs them, one bit each. */
const REASON_BITS: readonly IneligibleReason[] = [
  'not-enrolled',
  'vbs-not-running',
  'license-expired',
  'off-baseline',
];

/**
 * One frozen offer per release, kind and set of reasons: a fleet's machines get the same few offers
 * every month, and an offer is only read.
 */
const offers = new WeakMap<Release, Map<number, Offer>>();
const KINDS: readonly Offer['kind'][] = ['hotpatch', 'baseline', 'lcu'];
function offerOf(release: Release, kind: Offer['kind'], reasons: number): Offer {
  const byKey = innerMap(offers, release);
  const key = KINDS.indexOf(kind) * 16 + reasons;
  let offer = byKey.get(key);
  if (!offer) {
    const list = REASON_BITS.filter((_, bit) => reasons & (1 << bit));
    offer = Object.freeze({ release, kind, reasons: Object.freeze(list) });
    byKey.set(key, offer);
  }
  return offer;
}

/** The revision of a build `26100.6899` (0 when it has none), parsed once per build. */
const revisions = new Map<string, number>();
function revisionOf(build: string): number {
  let revision = revisions.get(build);
  if (revision === undefined) {
    revision = Number(build.split('.')[1] ?? 0);
    revisions.set(build, revision);
  }
  return revision;
}

/** True when the machine runs the release or something as recent. */
function has(catalog: ReleaseCatalog, target: UpdateTarget, release: Release): boolean {
  return target.kb === release.kb || laterOrSame(catalog, target.kb, release);
}

/** True when the machine's update came out on or after the release's date (it already has its fixes). */
function laterOrSame(catalog: ReleaseCatalog, kb: string, release: Release): boolean {
  const current = catalog.get(kb);
  return current !== undefined && current.date >= release.date && current.type !== 'rtm';
}
