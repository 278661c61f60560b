import { languageErrors } from '../errors/language-errors.js';
import { LanguageFault } from './fault.js';

const cache = new Map<string, RegExp>();

/**
 * A .NET regular expression as a JS one. The common syntax is shared; `(?i)` at the start
 * becomes a flag and `\A`, `\z`, `\Z` become anchors. PowerShell matches ignore case unless the
 * operator is a `-c` one. An invalid pattern is PowerShell's InvalidRegularExpression error.
 */
export function dotNetRegex(pattern: string, caseSensitive = false, global = false): RegExp {
  const key = `${caseSensitive ? 'c' : 'i'}${global ? 'g' : ''}${pattern}`;
  const cached = cache.get(key);
  if (cached) return new RegExp(cached.source, cached.flags);
  let source = pattern;
  let ignoreCase = !caseSensitive;
  if (source.startsWith('(?i)')) {
    source = source.slice(4);
    ignoreCase = true;
  }
  source = source.replace(/\\A/g, '^').replace(/\\[zZ]/g, '$');
  try {
    const regex = new RegExp(source, `${ignoreCase ? 'i' : ''}${global ? 'g' : ''}`);
    if (cache.size < 1000) cache.set(key, regex);
    return new RegExp(regex.source, regex.flags);
  } catch (error) {
    throw new LanguageFault((at) => languageErrors.badRegex(pattern, (error as Error).message, at));
  }
}

/**
 * The capturing groups of a pattern in order of their opening parenthesis: a name, or null for
 * an unnamed group. JS numbers all of them in that order; .NET numbers the unnamed ones first
 * and the named ones after (DOC: .NET regular expressions, "Grouping constructs").
 */
export function captureLayout(pattern: string): (string | null)[] {
  const layout: (string | null)[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') {
      const rest = pattern.slice(i + 1);
      const named = /^\?(?:<|')([A-Za-z_]\w*)[>']/.exec(rest);
      if (named) layout.push(named[1] as string);
      else if (!rest.startsWith('?')) layout.push(null);
    }
  }
  return layout;
}

/** The JS group index of .NET group number `n` (unnamed groups first, then named ones). */
export function jsGroupIndex(layout: readonly (string | null)[], n: number): number | undefined {
  const order = [
    ...layout.map((name, i) => ({ name, i })).filter((g) => g.name === null),
    ...layout.map((name, i) => ({ name, i })).filter((g) => g.name !== null),
  ];
  const group = order[n - 1];
  return group ? group.i + 1 : undefined;
}

/** A .NET replacement string (`$0`, `$1`, `${name}`, `$$`) in JS replacement syntax, for a pattern. */
export function dotNetReplacement(replacement: string, pattern = ''): string {
  const layout = captureLayout(pattern);
  const numbered = (n: number) => {
    const index = jsGroupIndex(layout, n);
    return index === undefined ? `$${n}` : `$${index}`;
  };
  return replacement.replace(
    /\$(\$|0|\{([^}]+)\}|\d+)/g,
    (whole, token: string, name: string | undefined) => {
      if (token === '$') return '$$';
      if (token === '0') return '$&';
      if (name !== undefined) return /^\d+$/.test(name) ? numbered(Number(name)) : `$<${name}>`;
      return /^\d+$/.test(token) ? numbered(Number(token)) : whole;
    },
  );
}
