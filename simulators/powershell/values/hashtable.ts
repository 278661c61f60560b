import type { PSValue } from './value.js';

const ids = new WeakMap<object, number>();
let nextId = 0;

/** The key a hashtable compares by: strings ignore case (DOC: about_Hash_Tables), others by value or identity. */
function keyId(key: PSValue): string {
  if (key === null) return 'null';
  if (typeof key === 'string') return `s:${key.toLowerCase()}`;
  if (typeof key === 'number') return `n:${key}`;
  if (typeof key === 'boolean') return `b:${key}`;
  const known = ids.get(key);
  if (known !== undefined) return `o:${known}`;
  ids.set(key, nextId);
  return `o:${nextId++}`;
}

/**
 * `@{}` and `[ordered]@{}`. ASSUME: an unordered hashtable enumerates in insertion order too;
 * .NET Framework's bucket order is not emulated, so output order of `@{}` may differ from 5.1.
 */
export class PSHashtable {
  readonly #entries = new Map<string, { key: PSValue; value: PSValue }>();

  constructor(readonly ordered = false) {}

  get count(): number {
    return this.#entries.size;
  }

  has(key: PSValue): boolean {
    return this.#entries.has(keyId(key));
  }

  get(key: PSValue): PSValue | undefined {
    return this.#entries.get(keyId(key))?.value;
  }

  /** Sets a key; a key that exists keeps its place and first spelling. */
  set(key: PSValue, value: PSValue): void {
    const id = keyId(key);
    const existing = this.#entries.get(id);
    if (existing) existing.value = value;
    else this.#entries.set(id, { key, value });
  }

  delete(key: PSValue): void {
    this.#entries.delete(keyId(key));
  }

  clear(): void {
    this.#entries.clear();
  }

  keys(): PSValue[] {
    return [...this.#entries.values()].map((entry) => entry.key);
  }

  values(): PSValue[] {
    return [...this.#entries.values()].map((entry) => entry.value);
  }

  entries(): { key: PSValue; value: PSValue }[] {
    return [...this.#entries.values()].map((entry) => ({ ...entry }));
  }

  /** A shallow copy (the `.Clone()` method, and `+` of two hashtables). */
  clone(): PSHashtable {
    const copy = new PSHashtable(this.ordered);
    for (const { key, value } of this.#entries.values()) copy.set(key, value);
    return copy;
  }
}
