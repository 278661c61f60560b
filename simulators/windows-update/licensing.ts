import type { ReleaseCatalog } from './catalog.js';
import { type KnownIssueRule, rulesOfType } from './rules.js';

/** What the licensing rules read of a machine. */
export interface LicensingView {
  readonly edition: string;
  /** The KB the machine runs. */
  readonly kb: string;
  /** A registry value as it stands now, or undefined when absent. */
  readonly registryValue: (key: string, name: string) => unknown;
  /** A feature override as the last boot read it. */
  readonly bootOverride: (name: string) => number | undefined;
}

/** The license bug rule in force, if any. */
export const licenseBugRule = (rules: readonly KnownIssueRule[]) => rulesOfType(rules, 'license-bug')[0];

/**
 * True when the licensing bug applies to the machine now: not an exempt edition, and running an
 * update from the affected one up to, not including, the fix (DOC: "KB5066835 or later", until the
 * January 2026 baseline).
 */
export function licenseBugApplies(
  catalog: ReleaseCatalog,
  rules: readonly KnownIssueRule[],
  view: LicensingView,
): boolean {
  const rule = licenseBugRule(rules);
  if (!rule || rule.effect.exemptEditions.includes(view.edition as never)) return false;
  const current = catalog.get(view.kb);
  const from = catalog.get(rule.effect.affectedFrom);
  const fix = catalog.get(rule.effect.fixedBy);
  if (!current || !from) return false;
  return current.date >= from.date && (!fix || current.date < fix.date);
}

/**
 * True when a workaround for the licensing bug is in effect (DOC, options 1 and 2): the override
 * was read at the last boot (so the machine has restarted since it was set) and the mutex value
 * is gone now, before the update is decided.
 */
export function workaroundInEffect(rules: readonly KnownIssueRule[], view: LicensingView): boolean {
  const bug = licenseBugRule(rules);
  return rulesOfType(rules, 'license-workaround').some((rule) => {
    const { override } = rule.effect;
    const mutexGone = !bug || view.registryValue(bug.effect.mutex.key, bug.effect.mutex.value) === undefined;
    return rule.effect.fixes === bug?.id && view.bootOverride(override.value) === override.data && mutexGone;
  });
}
