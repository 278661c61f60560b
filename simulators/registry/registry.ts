import { invariant } from '../shared/invariant.js';
import {
  type DeferredScope,
  type DeferredWrite,
  type LinkEntry,
  reaches,
  startsWith,
} from './deferred-write.js';
import { HIVE_VIEWS, type StoredHive } from './hives.js';
import { copyKeyNode, type KeyNode, type LinkTarget, newKeyNode, nextRevision } from './key-node.js';
import { compareNames, foldName } from './names.js';
import { type RegistryPath, toRegistryPath } from './path.js';
import { checkValueData, type RegistryValue, type ValueData } from './value.js';

/** What {@link Registry.deleteKey} did. */
export type DeleteKeyResult = 'deleted' | 'not-found' | 'has-subkeys' | 'hive-root';

/** A key's place in a stored hive after hive views and symbolic links are followed. */
interface Located {
  readonly hive: StoredHive;
  readonly segments: string[];
  /** The key itself, or undefined when some part of the path does not exist. */
  readonly node: KeyNode | undefined;
}

const MAX_LINK_HOPS = 16;

/** A link target's names, folded once per link. */
const foldedByLink = new WeakMap<LinkTarget, readonly string[]>();
function foldedLink(link: LinkTarget): readonly string[] {
  let folded = foldedByLink.get(link);
  if (!folded) {
    folded = link.segments.map(foldName);
    foldedByLink.set(link, folded);
  }
  return folded;
}

/**
 * The names of a walk that went through a link at position `at`: the link's target, then the rest.
 * Each list of names and link keeps its result (paths through CurrentControlSet are walked at
 * every boot).
 */
const throughLinks = new WeakMap<readonly string[], { at: number; link: LinkTarget; folded: string[] }>();
function throughLink(folded: readonly string[], at: number, link: LinkTarget): readonly string[] {
  const known = throughLinks.get(folded);
  if (known && known.at === at && known.link === link) return known.folded;
  const resolved = [...foldedLink(link), ...folded.slice(at + 1)];
  throughLinks.set(folded, { at, link, folded: resolved });
  return resolved;
}

/** A stored path that starts with a link key, as the names below the link's target (memoized). */
const linkedPaths = new WeakMap<readonly string[], { link: LinkEntry; folded: readonly string[] }>();
function linkedPath(folded: readonly string[], link: LinkEntry): readonly string[] {
  const known = linkedPaths.get(folded);
  if (known?.link === link) return known.folded;
  const resolved = [...link.target.folded, ...folded.slice(link.folded.length)];
  linkedPaths.set(folded, { link, folded: resolved });
  return resolved;
}

/** A path's names, folded once per path object (parsed paths are memoized, so once per text). */
const foldedByPath = new WeakMap<RegistryPath, readonly string[]>();
function foldedSegments(path: RegistryPath): readonly string[] {
  let folded = foldedByPath.get(path);
  if (!folded) {
    folded = path.segments.map(foldName);
    foldedByPath.set(path, folded);
  }
  return folded;
}

/**
 * An in-memory Windows registry with the semantics of the Win32 registry API: case-insensitive,
 * case-preserving names; subkeys enumerated in sorted order and values in creation order (DOC);
 * HKCU, HKCR and HKCC as views into the stored hives, and symbolic-link keys such as
 * HKLM\SYSTEM\CurrentControlSet.
 *
 * {@link clone} costs a few dozen bytes: clones share every key with the original and copy a key
 * (and the path above it) only when one of them first writes to it.
 *
 * Methods take a path in any form {@link toRegistryPath} reads. They report absence by their
 * return value; what PowerShell or reg.exe print about it is their own layers' business.
 */
export class Registry {
  #edit: object = {};
  #roots: Record<StoredHive, KeyNode>;
  /** Every link key made, for telling which stored keys an operation's path may reach. */
  #links: readonly LinkEntry[];
  /** Writes put off until an operation could see them (see {@link defer}); undefined when none. */
  #deferred: DeferredWrite[] | undefined;

  private constructor(roots: Record<StoredHive, KeyNode>, links: readonly LinkEntry[] = []) {
    this.#roots = roots;
    this.#links = links;
  }

  /** A registry with nothing but the two stored hives' empty roots. */
  static empty(): Registry {
    const owner = {};
    return new Registry({
      HKEY_LOCAL_MACHINE: newKeyNode(owner, 'HKEY_LOCAL_MACHINE'),
      HKEY_USERS: newKeyNode(owner, 'HKEY_USERS'),
    });
  }

  /**
   * A registry with the keys every Windows installation has at its top: the machine's SOFTWARE,
   * SYSTEM and HARDWARE keys, ControlSet001 with CurrentControlSet linked to it, the targets of
   * the HKCU, HKCR and HKCC views, and HKEY_USERS\.DEFAULT.
   */
  static windows(): Registry {
    const registry = Registry.empty();
    for (const key of [
      'SOFTWARE\\Classes',
      'HARDWARE',
      'SYSTEM\\ControlSet001\\Hardware Profiles\\Current',
    ]) {
      registry.createKey(`HKEY_LOCAL_MACHINE\\${key}`);
    }
    registry.createLink('HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet', {
      hive: 'HKEY_LOCAL_MACHINE',
      segments: ['SYSTEM', 'ControlSet001'],
    });
    registry.createKey('HKEY_USERS\\.DEFAULT');
    registry.createKey(`HKEY_USERS\\${HIVE_VIEWS.HKEY_CURRENT_USER[1]}`);
    return registry;
  }

  /** A registry that starts equal to this one; later writes to either stay private to it. */
  clone(): Registry {
    this.#flush();
    this.#edit = {}; // nodes built so far are now shared: neither side may change them in place
    return new Registry({ ...this.#roots }, this.#links);
  }

  /**
   * Puts off a write until an operation could see it: one on the key or a key above it (values,
   * revisions, exports) or, when the write decides whether the key exists (`scope: 'key'`), one
   * below it; a clone sees everything. Steps that rewrite one key again and again (a monthly
   * update's build values, the reboot-required flag) then cost nothing until something reads it,
   * and only the last state is written. `write` makes the key so through this registry's methods
   * and touches nothing else; a later write with the same `tag` replaces the one waiting.
   */
  defer(path: string | RegistryPath, tag: string, scope: DeferredScope, write: () => void): void {
    this.#deferred ??= [];
    const deferred = this.#deferred;
    let i = 0;
    while (i < deferred.length && deferred[i]?.tag !== tag) i++;
    const waiting = deferred[i];
    // The same write asked again (a machine's every update): it already waits.
    if (waiting?.write === write && waiting.asked === path && waiting.scope === scope) return;
    const at = toRegistryPath(path);
    invariant(
      at.hive === 'HKEY_LOCAL_MACHINE' || at.hive === 'HKEY_USERS',
      () => `a deferred write names a stored hive: ${at.hive}`,
    );
    const folded = foldedSegments(at);
    for (const link of this.#links) {
      invariant(
        link.hive !== at.hive || !startsWith(folded, link.folded),
        () => `a deferred write names a key with no link on the way: ${at.segments.join('\\')}`,
      );
    }
    deferred[i] = { tag, asked: path, hive: at.hive, folded, scope, write };
  }

  /** The path, once every deferred write an operation on it could see is done. */
  #settled(path: string | RegistryPath): RegistryPath {
    const at = toRegistryPath(path);
    const deferred = this.#deferred;
    if (deferred === undefined) return at;
    if (at.hive !== 'HKEY_LOCAL_MACHINE' && at.hive !== 'HKEY_USERS') this.#flush();
    else if (this.#reached(deferred, at.hive, foldedSegments(at), 0)) this.#flush();
    return at;
  }

  #reached(
    deferred: readonly DeferredWrite[],
    hive: StoredHive,
    folded: readonly string[],
    hops: number,
  ): boolean {
    for (const pending of deferred) if (reaches(pending, hive, folded)) return true;
    for (const link of this.#links) {
      if (link.hive !== hive || !startsWith(folded, link.folded)) continue;
      if (hops >= MAX_LINK_HOPS) return true;
      return this.#reached(deferred, link.target.hive, linkedPath(folded, link), hops + 1);
    }
    return false;
  }

  /** Does every deferred write, in the order they were asked for. */
  #flush(): void {
    const deferred = this.#deferred;
    this.#deferred = undefined;
    if (!deferred) return;
    for (let i = 0; i < deferred.length; i++) {
      try {
        deferred[i]?.write();
      } catch (error) {
        // The writes after a failed one still wait, ahead of any the failed one asked for.
        this.#deferred = [...deferred.slice(i + 1), ...(this.#deferred ?? [])];
        throw error;
      }
    }
  }

  /** True when the key exists. */
  keyExists(path: string | RegistryPath): boolean {
    return this.#find(this.#settled(path)) !== undefined;
  }

  /** The key's name as stored (its original case), or undefined when it does not exist. */
  keyName(path: string | RegistryPath): string | undefined {
    return this.#find(this.#settled(path))?.name;
  }

  /** The names of the key's subkeys, sorted as RegEnumKeyEx returns them; undefined if no key. */
  subkeyNames(path: string | RegistryPath): string[] | undefined {
    const node = this.#find(this.#settled(path));
    return node && [...node.subkeys.values()].map((k) => k.name).sort(compareNames);
  }

  /** The key's values in creation order; undefined when the key does not exist. */
  values(path: string | RegistryPath): RegistryValue[] | undefined {
    const node = this.#find(this.#settled(path));
    return node && [...node.values.values()];
  }

  /** One value, looked up case-insensitively (`''` is the default value); undefined if absent. */
  getValue(path: string | RegistryPath, name: string): RegistryValue | undefined {
    return this.#find(this.#settled(path))?.values.get(foldName(name));
  }

  /**
   * Creates a key as RegCreateKeyEx does: an existing key is left as it is. Missing parents are
   * created too unless `parents` is false, in which case nothing is created and undefined returned.
   */
  createKey(
    path: string | RegistryPath,
    options: { parents?: boolean } = {},
  ): 'created' | 'existed' | undefined {
    const located = this.#locate(this.#settled(path));
    if (located.node) return 'existed';
    if (options.parents === false && !this.#parentExists(located)) return undefined;
    this.#writable(located.hive, located.segments, true);
    return 'created';
  }

  /**
   * Sets a value (RegSetValueEx): creates it, or replaces an existing one's type and data while
   * keeping its name's case and its place in the enumeration order. False when the key is absent.
   */
  setValue(path: string | RegistryPath, name: string, data: ValueData): boolean {
    checkValueData(data);
    const registryPath = this.#settled(path);
    let node = this.#find(registryPath);
    if (!node) return false;
    if (node.owner === this.#edit) {
      // Already private to this registry, and so is the path to it (copies are made root down).
      this.#find(registryPath, true);
    } else {
      const located = this.#locate(registryPath);
      node = this.#writable(located.hive, located.segments, false);
      invariant(node, 'a located key is writable');
    }
    const key = foldName(name);
    const stored = node.values.get(key)?.name ?? name;
    node.values.set(key, Object.freeze({ ...data, name: stored }) as RegistryValue);
    return true;
  }

  /** Deletes a value; false when the key or the value does not exist. */
  deleteValue(path: string | RegistryPath, name: string): boolean {
    const located = this.#locate(this.#settled(path));
    const key = foldName(name);
    if (!located.node?.values.has(key)) return false;
    return this.#writable(located.hive, located.segments, false)?.values.delete(key) ?? false;
  }

  /**
   * Deletes a key. Without `recursive` a key with subkeys stays (RegDeleteKey's rule); with it the
   * whole subtree goes (RegDeleteTree). A hive's root cannot be deleted.
   */
  deleteKey(path: string | RegistryPath, options: { recursive?: boolean } = {}): DeleteKeyResult {
    const key = this.#settled(path);
    const located = this.#locate(key);
    if (!located.node) return 'not-found';
    // The caller's path decides: HKCU's and HKCR's roots are roots too, though stored as subkeys.
    if (key.segments.length === 0) return 'hive-root';
    if (!options.recursive && located.node.subkeys.size > 0) return 'has-subkeys';
    const parent = this.#writable(located.hive, located.segments.slice(0, -1), false);
    invariant(parent, 'the parent of a located key is writable');
    parent.subkeys.delete(foldName(located.segments.at(-1) ?? ''));
    // Links at or below the deleted key are gone with it.
    const gone = located.segments.map(foldName);
    if (this.#links.some((link) => link.hive === located.hive && startsWith(link.folded, gone)))
      this.#links = this.#links.filter(
        (link) => link.hive !== located.hive || !startsWith(link.folded, gone),
      );
    return 'deleted';
  }

  /** Creates a symbolic-link key that leads to `target` (which need not exist yet). */
  createLink(path: string | RegistryPath, target: LinkTarget): void {
    const located = this.#locate(this.#settled(path));
    invariant(!located.node, () => `cannot make a link where a key exists: ${located.segments.join('\\')}`);
    const name = located.segments.at(-1);
    invariant(name !== undefined, 'a hive root cannot be a link');
    const parent = this.#writable(located.hive, located.segments.slice(0, -1), true);
    invariant(parent, 'created parents are writable');
    parent.subkeys.set(foldName(name), newKeyNode(this.#edit, name, target));
    const link: LinkEntry = {
      hive: located.hive,
      folded: located.segments.map(foldName),
      target: { hive: target.hive, folded: target.segments.map(foldName) },
    };
    this.#links = [...this.#links, link];
  }

  /**
   * The key at a path, or undefined: what {@link #locate} finds, without building its place (the
   * read path: every lookup of a value goes through here). With `touch`, after a change made in
   * place at its end, every key on the way gets a fresh revision.
   */
  #find(path: RegistryPath, touch = false): KeyNode | undefined {
    let hive: StoredHive;
    let folded: readonly string[];
    if (path.hive === 'HKEY_LOCAL_MACHINE' || path.hive === 'HKEY_USERS') {
      hive = path.hive;
      folded = foldedSegments(path);
    } else {
      // Views (HKCU, HKCR, HKCC) are rare and may pass links: the general walk resolves them.
      const located = this.#locate(path);
      if (!touch) return located.node;
      hive = located.hive;
      folded = located.segments.map(foldName);
    }
    let node: KeyNode | undefined = this.#roots[hive];
    if (touch) node.rev = nextRevision();
    let hops = 0;
    for (let i = 0; i < folded.length && node; i++) {
      node = node.subkeys.get(folded[i] as string);
      if (node?.link) {
        invariant(++hops <= MAX_LINK_HOPS, () => `registry links loop at ${path.segments.join('\\')}`);
        folded = throughLink(folded, i, node.link);
        node = this.#roots[node.link.hive];
        i = -1;
      }
      if (touch && node) node.rev = nextRevision();
    }
    return node;
  }

  /**
   * The key's revision: it changes whenever the key or anything below it changes, and never comes
   * back, so a view derived from a subtree (the services, the VBS settings) can be kept until it
   * moves. Undefined when the key does not exist.
   */
  revision(path: string | RegistryPath): number | undefined {
    return this.#find(this.#settled(path))?.rev;
  }

  /** Follows hive views and links to the key's place in a stored hive. */
  #locate(path: RegistryPath): Located {
    let [hive, ...segments] =
      path.hive === 'HKEY_LOCAL_MACHINE' || path.hive === 'HKEY_USERS'
        ? ([path.hive, ...path.segments] as const)
        : ([...HIVE_VIEWS[path.hive], ...path.segments] as const);
    let node: KeyNode | undefined = this.#roots[hive];
    let hops = 0;
    for (let i = 0; i < segments.length && node; i++) {
      node = node.subkeys.get(foldName(segments[i] ?? ''));
      if (node?.link) {
        invariant(++hops <= MAX_LINK_HOPS, () => `registry links loop at ${segments.join('\\')}`);
        segments = [...node.link.segments, ...segments.slice(i + 1)];
        hive = node.link.hive;
        node = this.#roots[hive];
        i = -1;
      }
    }
    return { hive, segments: [...segments], node };
  }

  #parentExists(located: Located): boolean {
    let node: KeyNode | undefined = this.#roots[located.hive];
    for (const name of located.segments.slice(0, -1)) node = node?.subkeys.get(foldName(name));
    return node !== undefined;
  }

  /** The key at a located (link-free) path, made private to this registry; missing keys made if `create`. */
  #writable(hive: StoredHive, segments: readonly string[], create: boolean): KeyNode | undefined {
    let node = this.#roots[hive];
    if (node.owner !== this.#edit) {
      node = copyKeyNode(node, this.#edit);
      this.#roots = { ...this.#roots, [hive]: node };
    }
    node.rev = nextRevision();
    for (const name of segments) {
      const folded = foldName(name);
      let child = node.subkeys.get(folded);
      if (!child) {
        if (!create) return undefined;
        child = newKeyNode(this.#edit, name);
      } else if (child.owner !== this.#edit) {
        child = copyKeyNode(child, this.#edit);
      } else {
        child.rev = nextRevision();
        node = child;
        continue;
      }
      node.subkeys.set(folded, child);
      node = child;
    }
    return node;
  }
}
