import type { StoredHive } from './hives.js';

/**
 * What a deferred write changes: the values of a key that exists (`values`), or whether the key
 * exists at all (`key`). Values touch only the key itself and what sums it up above (revisions,
 * exports); a key's existence also decides every path below it.
 */
export type DeferredScope = 'values' | 'key';

/** A write put off until something could see it (see Registry.defer). */
export interface DeferredWrite {
  /** A later write with the same tag replaces this one: each is a "make it so", not a delta. */
  readonly tag: string;
  /** The path as the caller gave it. */
  readonly asked: unknown;
  readonly hive: StoredHive;
  /** The key's folded names below the hive, with no link on the way. */
  readonly folded: readonly string[];
  readonly scope: DeferredScope;
  readonly write: () => void;
}

/** A symbolic-link key, by folded names, and where it leads. */
export interface LinkEntry {
  readonly hive: StoredHive;
  readonly folded: readonly string[];
  readonly target: { readonly hive: StoredHive; readonly folded: readonly string[] };
}

/**
 * True when an operation on the key at `hive\folded` (a stored path, links followed) could see the
 * deferred write: one on the key itself or on a key above it; when the write decides whether the
 * key exists, also one below it, beside it, or beside a key above it.
 */
export function reaches(pending: DeferredWrite, hive: StoredHive, folded: readonly string[]): boolean {
  if (pending.hive !== hive) return false;
  if (pending.scope === 'values') return startsWith(pending.folded, folded);
  // Making a key may make its missing parents too: what happens beside any of them can depend on
  // it (a create that needs its parent to exist), so an operation whose parent is the key or a
  // key above it sees it, as does anything at or below the key.
  return startsWith(folded, pending.folded) || startsWith(pending.folded, folded, folded.length - 1);
}

/** True when `path` begins with the first `length` names of `prefix` (all of them by default). */
export function startsWith(
  path: readonly string[],
  prefix: readonly string[],
  length: number = prefix.length,
): boolean {
  if (length > path.length || length > prefix.length) return false;
  for (let i = 0; i < length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}
