import { WqlSyntaxError } from './lexer.js';

/** Escapes outside a class; `-` must stay bare there under the `u` flag. */
const escapeOutside = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Escapes inside a class, where `-` and `^` mean something. */
const escapeInSet = (c: string) => c.replace(/[\]\\^-]/g, '\\$&');

/**
 * Compiles a LIKE pattern: `%` any run, `_` any one character, `[a-f]` / `[abc]` one of a range
 * or set, `[^...]` one not in it; a literal `_` or `%` is written `[_]` (DOC: LIKE operator).
 * Matching ignores case, as WQL string comparisons do (DOC). An unclosed `[` is no pattern (INFER).
 */
export function likeMatcher(pattern: string): (text: string) => boolean {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '%') source += '[\\s\\S]*';
    else if (c === '_') source += '[\\s\\S]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) throw new WqlSyntaxError(`unclosed '[' in LIKE pattern: ${pattern}`);
      source += set(pattern.slice(i + 1, close));
      i = close;
    } else source += escapeOutside(c);
  }
  const regex = compile(`^${source}$`, pattern);
  return (text) => regex.test(text);
}

/** A bracket set: ranges `a-f` keep their dash, `^` first negates, everything else is literal. */
function set(body: string): string {
  const negated = body.startsWith('^');
  const chars = negated ? body.slice(1) : body;
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? '';
    const isRange = chars[i + 1] === '-' && i + 2 < chars.length;
    out += isRange ? `${escapeInSet(c)}-${escapeInSet(chars[i + 2] ?? '')}` : escapeInSet(c);
    if (isRange) i += 2;
  }
  return `[${negated ? '^' : ''}${out}]`;
}

/** A range backwards, `[z-a]`, is no pattern either (INFER). */
function compile(source: string, pattern: string): RegExp {
  try {
    return new RegExp(source, 'iu');
  } catch {
    throw new WqlSyntaxError(`not a LIKE pattern: ${pattern}`);
  }
}
