import { ErrorRecord } from '../errors/error-record.js';
import { itemsOf } from '../operators/collections.js';
import { PSHashtable } from '../values/hashtable.js';
import { dotNetString } from '../values/to-string.js';
import type { PSValue } from '../values/value.js';

/** DOC (about_Preference_Variables): $FormatEnumerationLimit is 4 by default. */
const ENUMERATION_LIMIT = 4;

/**
 * A property value inside a table cell or list entry, as the formatter shows it: a collection
 * as `{a, b, c, d...}` (at most four items), a hashtable as its entries `{[k, v]}`, anything
 * else as its string form.
 */
export function cellText(value: PSValue): string {
  if (value instanceof PSHashtable)
    return enumeration(value.entries().map((e) => `[${dotNetString(e.key)}, ${dotNetString(e.value)}]`));
  const items = itemsOf(value);
  if (items) return enumeration(items.map((item) => (itemsOf(item) ? dotNetString(item) : cellText(item))));
  if (value instanceof ErrorRecord) return value.toString();
  return dotNetString(value);
}

function enumeration(texts: string[]): string {
  const shown = texts.slice(0, ENUMERATION_LIMIT).join(', ');
  return `{${shown}${texts.length > ENUMERATION_LIMIT ? '...' : ''}}`;
}
