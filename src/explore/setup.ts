import { defaultRules, type KnownIssueRule, ReleaseCatalog } from '../../simulators/windows-update/index.js';
import { ORACLES, SOMETIMES } from '../oracles/index.js';
import type { Oracle, Sometimes } from '../oracles/oracle.js';
import type { Playbook } from '../playbooks/index.js';
import type { KnownIssue } from './known-issue.js';
import { shippedScripts } from './shipped-scripts.js';

/**
 * What every run of an exploration shares. `catalog`, `rules` and `playbooks` plant variants (a bug
 * on purpose, to prove the search finds it); by default the shipped ones.
 */
export interface ExploreSetup {
  readonly catalog: ReleaseCatalog;
  readonly rules: readonly KnownIssueRule[];
  readonly playbooks?: ReadonlyMap<string, Playbook>;
  readonly known: readonly KnownIssue[];
  readonly oracles: readonly Oracle[];
  readonly sometimes: readonly Sometimes[];
  /** The text of every script a generated `run:` event may name, by its path (RunOptions.scripts). */
  readonly scripts: ReadonlyMap<string, string>;
}

/** The parts of a setup a caller may give; the rest defaults. */
export type SetupOptions = Partial<ExploreSetup>;

/** A setup with defaults filled in; the catalog, rules and scripts are read once, not per run. */
export function exploreSetup(options: SetupOptions = {}): ExploreSetup {
  return {
    catalog: options.catalog ?? ReleaseCatalog.default(),
    rules: options.rules ?? defaultRules(),
    ...(options.playbooks ? { playbooks: options.playbooks } : {}),
    known: options.known ?? [],
    oracles: options.oracles ?? ORACLES,
    sometimes: options.sometimes ?? SOMETIMES,
    scripts: options.scripts ?? shippedScripts(),
  };
}

/** Names what a setup planted, for the counterexample's header; undefined when nothing was. */
export function plantedParts(options: SetupOptions): string | undefined {
  const parts = (['catalog', 'rules', 'playbooks'] as const).filter((k) => options[k] !== undefined);
  return parts.length > 0
    ? `found with a planted ${parts.join(', ')}: \`run\` replays it with the shipped ones`
    : undefined;
}
