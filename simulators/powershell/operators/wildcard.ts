const cache = new Map<string, RegExp>();

/**
 * A -like pattern as a regular expression (DOC: about_Wildcards): `*` any run, `?` one
 * character, `[abc]` and `[a-z]` sets; a backtick escapes the next character. Matches the whole
 * string, ignoring case unless asked.
 */
export function wildcardRegex(pattern: string, caseSensitive = false): RegExp {
  const key = `${caseSensitive ? 'c' : 'i'}${pattern}`;
  const cached = cache.get(key);
  if (cached) return cached;
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '`' && i + 1 < pattern.length) source += escaped(pattern[++i] as string);
    else if (ch === '*') source += '[\\s\\S]*';
    else if (ch === '?') source += '[\\s\\S]';
    else if (ch === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) {
        source += '\\[';
        continue;
      }
      source += `[${pattern.slice(i + 1, close).replace(/[\\^\]]/g, '\\$&')}]`;
      i = close;
    } else source += escaped(ch);
  }
  const regex = new RegExp(`^${source}$`, caseSensitive ? '' : 'i');
  if (cache.size < 1000) cache.set(key, regex);
  return regex;
}

/** True when a pattern holds wildcard characters (Where-Object, Select-Object use it). */
export const hasWildcard = (pattern: string): boolean => /[*?[]/.test(pattern);

const escaped = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
