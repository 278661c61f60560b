import type { PSValue } from './value.js';

/**
 * DOC (System.Collections.ArrayList): a growable list (`$Error` is one). PowerShell arrays are
 * fixed-size JS arrays; this is the type whose `.Add()` works.
 */
export class PSArrayList {
  constructor(readonly items: PSValue[] = []) {}

  get count(): number {
    return this.items.length;
  }

  /** ArrayList.Add returns the new item's index (which scripts usually discard with [void]). */
  add(value: PSValue): number {
    this.items.push(value);
    return this.items.length - 1;
  }
}
