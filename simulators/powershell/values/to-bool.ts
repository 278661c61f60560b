import { PSArrayList } from './array-list.js';
import type { PSValue } from './value.js';

/**
 * DOC (about_Booleans): $null, 0, '' and empty collections are false; a one-item collection is
 * its item's truth; any other string is true, even 'False'; every other object is true.
 */
export function toBool(value: PSValue): boolean {
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  if (typeof value === 'string') return value.length > 0;
  const items = Array.isArray(value) ? value : value instanceof PSArrayList ? value.items : undefined;
  if (!items) return true;
  if (items.length === 0) return false;
  if (items.length === 1) return toBool(items[0] ?? null);
  return true;
}
