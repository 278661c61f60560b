import type { StoredHive } from './hives.js';
import type { RegistryValue } from './value.js';

/** Where a symbolic-link key leads: a stored hive and the names below it (no links on the way). */
export interface LinkTarget {
  readonly hive: StoredHive;
  readonly segments: readonly string[];
}

/**
 * One key of a copy-on-write tree. A node belongs to the registry whose edit token it carries;
 * only that registry may change it in place. Nodes reached from another token are shared with
 * other registries (base images, clones) and are copied on first write, along their path only.
 */
export interface KeyNode {
  readonly owner: object;
  readonly name: string;
  /** By folded name; insertion order is the order RegEnumValue reports. */
  readonly values: Map<string, RegistryValue>;
  /** By folded name. */
  readonly subkeys: Map<string, KeyNode>;
  /** Set on symbolic-link keys such as HKLM\SYSTEM\CurrentControlSet. */
  readonly link?: LinkTarget;
  /**
   * Unique among all nodes and all their states: a new node, a copy, and every change to the node
   * or below it take a fresh number, so a view derived from a subtree stays valid while it holds.
   */
  rev: number;
}

let revisions = 0;

/** A revision number never handed out before. */
export const nextRevision = (): number => ++revisions;

/** A new empty key owned by `owner`. */
export function newKeyNode(owner: object, name: string, link?: LinkTarget): KeyNode {
  const rev = nextRevision();
  return link
    ? { owner, name, values: new Map(), subkeys: new Map(), link, rev }
    : { owner, name, values: new Map(), subkeys: new Map(), rev };
}

/** A shallow copy of a shared node, owned by `owner`; children stay shared until written. */
export function copyKeyNode(node: KeyNode, owner: object): KeyNode {
  const copy: KeyNode = {
    owner,
    name: node.name,
    values: new Map(node.values),
    subkeys: new Map(node.subkeys),
    rev: nextRevision(),
  };
  return node.link ? { ...copy, link: node.link } : copy;
}
