import { PSArrayList } from '../values/array-list.js';
import type { PSValue } from '../values/value.js';

/**
 * The items of a value PowerShell enumerates (arrays and ArrayLists), or undefined for a scalar.
 * DOC (about_Pipelines): strings and hashtables are not enumerated.
 */
export function itemsOf(value: PSValue): PSValue[] | undefined {
  if (Array.isArray(value)) return value;
  if (value instanceof PSArrayList) return value.items;
  return undefined;
}

/** What a value sends down a pipeline: its items, or itself ($null included). */
export function enumerate(value: PSValue): PSValue[] {
  return itemsOf(value) ?? [value];
}

/** Collected pipeline output as a value: nothing is $null, one item is itself, more an array. */
export function collected(values: PSValue[]): PSValue {
  if (values.length === 0) return null;
  if (values.length === 1) return values[0] ?? null;
  return values;
}
