import { languageError } from '../errors/runtime-errors.js';
import { toDouble } from '../values/convert-number.js';
import { toPSString } from '../values/to-string.js';
import type { PSValue } from '../values/value.js';
import { itemsOf } from './collections.js';
import { LanguageFault } from './fault.js';
import { dotNetRegex, dotNetReplacement } from './regex.js';

/**
 * `-replace` (DOC: about_Comparison_Operators): a regex replace of every match, ignoring case
 * unless `-creplace`; the right side is `pattern` or `pattern, replacement`; a collection on the
 * left is replaced item by item.
 */
export function replaceOp(left: PSValue, right: PSValue, caseSensitive: boolean): PSValue {
  const parts = itemsOf(right) ?? [right];
  if (parts.length > 2) {
    throw new LanguageFault((at) =>
      languageError(
        `The -replace operator allows only two elements to follow it, not ${parts.length}.`,
        'BadReplaceArgument',
        'InvalidOperation',
        at,
      ),
    );
  }
  const pattern = toPSString(parts[0] ?? null);
  const regex = dotNetRegex(pattern, caseSensitive, true);
  const replacement = dotNetReplacement(toPSString(parts[1] ?? null), pattern);
  const one = (value: PSValue) => toPSString(value).replace(regex, replacement);
  const items = itemsOf(left);
  return items ? items.map(one) : one(left);
}

/**
 * `-split` (DOC: about_Split): binary form splits each string by a regex (captured groups are
 * kept), with an optional maximum count; unary form splits on white space and drops empties.
 */
export function splitOp(left: PSValue, right: PSValue | undefined, caseSensitive: boolean): PSValue[] {
  const inputs = itemsOf(left) ?? [left];
  if (right === undefined) {
    return inputs.flatMap((item) =>
      toPSString(item)
        .trim()
        .split(/\s+/)
        .filter((part) => part !== ''),
    );
  }
  const parts = itemsOf(right) ?? [right];
  const max = parts.length > 1 ? Math.trunc(toDouble(parts[1] ?? null)) : 0;
  const regex = dotNetRegex(toPSString(parts[0] ?? null), caseSensitive, true);
  return inputs.flatMap((item) => splitOne(toPSString(item), regex, max));
}

function splitOne(text: string, regex: RegExp, max: number): string[] {
  if (max <= 0) return text.split(new RegExp(regex.source, regex.flags.replace('g', '')));
  const out: string[] = [];
  let last = 0;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match && out.length < max - 1; match = regex.exec(text)) {
    if (match[0] === '') {
      regex.lastIndex++;
      continue;
    }
    out.push(
      text.slice(last, match.index),
      ...match.slice(1).filter((group): group is string => group !== undefined),
    );
    last = match.index + match[0].length;
  }
  out.push(text.slice(last));
  return out;
}

/** `-join`: the items as strings, joined by the right side (unary: by nothing). */
export function joinOp(left: PSValue, separator: PSValue): string {
  return (itemsOf(left) ?? [left]).map((item) => toPSString(item)).join(toPSString(separator));
}
