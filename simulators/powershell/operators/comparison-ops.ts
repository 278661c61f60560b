import { toPSString } from '../values/to-string.js';
import type { PSValue } from '../values/value.js';
import { itemsOf } from './collections.js';
import { psCompare, psEquals } from './equality.js';
import { dotNetRegex } from './regex.js';
import { wildcardRegex } from './wildcard.js';

/** The base operator and case rule of `-eq`, `-ceq`, `-ieq`... */
export function splitOperator(op: string): { base: string; caseSensitive: boolean } {
  const name = op.slice(1);
  if (
    /^c(eq|ne|gt|ge|lt|le|like|notlike|match|notmatch|contains|notcontains|replace|split|in|notin)$/.test(
      name,
    )
  ) {
    return { base: name.slice(1), caseSensitive: true };
  }
  if (
    /^i(eq|ne|gt|ge|lt|le|like|notlike|match|notmatch|contains|notcontains|replace|split|in|notin)$/.test(
      name,
    )
  ) {
    return { base: name.slice(1), caseSensitive: false };
  }
  return { base: name, caseSensitive: false };
}

/** One scalar comparison: `left <op> right`. `-match` results (the captures) go to `onMatch`. */
export function compareScalar(
  base: string,
  left: PSValue,
  right: PSValue,
  caseSensitive: boolean,
  onMatch?: (match: RegExpExecArray) => void,
): boolean {
  switch (base) {
    case 'eq':
      return psEquals(left, right, caseSensitive);
    case 'ne':
      return !psEquals(left, right, caseSensitive);
    case 'gt':
      return psCompare(left, right, caseSensitive) > 0;
    case 'ge':
      return psCompare(left, right, caseSensitive) >= 0;
    case 'lt':
      return psCompare(left, right, caseSensitive) < 0;
    case 'le':
      return psCompare(left, right, caseSensitive) <= 0;
    case 'like':
    case 'notlike': {
      const hit = wildcardRegex(toPSString(right), caseSensitive).test(toPSString(left));
      return base === 'like' ? hit : !hit;
    }
    default: {
      const match = dotNetRegex(toPSString(right), caseSensitive).exec(toPSString(left));
      if (match && onMatch) onMatch(match);
      return base === 'match' ? match !== null : match === null;
    }
  }
}

/**
 * DOC (about_Comparison_Operators): with a collection on the left, the comparison operators
 * return the items that match (`@(1,2,3) -eq 2` is `@(2)`), and `-match` does not set $Matches;
 * `-contains`/`-in` test membership with -eq's rules.
 */
export function comparison(
  op: string,
  left: PSValue,
  right: PSValue,
  onMatch: (match: RegExpExecArray) => void,
): PSValue {
  const { base, caseSensitive } = splitOperator(op);
  if (base === 'contains' || base === 'notcontains') {
    const found = (itemsOf(left) ?? [left]).some((item) => psEquals(item, right, caseSensitive));
    return base === 'contains' ? found : !found;
  }
  if (base === 'in' || base === 'notin') {
    const found = (itemsOf(right) ?? [right]).some((item) => psEquals(item, left, caseSensitive));
    return base === 'in' ? found : !found;
  }
  const items = itemsOf(left);
  if (items) return items.filter((item) => compareScalar(base, item, right, caseSensitive));
  return compareScalar(base, left, right, caseSensitive, onMatch);
}
