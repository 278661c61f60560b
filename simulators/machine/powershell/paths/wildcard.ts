/**
 * PowerShell's wildcard patterns (DOC: about_Wildcards): `*`, `?`, `[abc]`, `[a-z]`, a backtick
 * escaping the next character; whole-string matches that ignore case, as paths and service names do.
 */
export function wildcardMatcher(pattern: string): (text: string) => boolean {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '`' && i + 1 < pattern.length) source += escapeRegex(pattern[++i] as string);
    else if (ch === '*') source += '[\\s\\S]*';
    else if (ch === '?') source += '[\\s\\S]';
    else if (ch === '[' && pattern.indexOf(']', i + 1) > i) {
      const close = pattern.indexOf(']', i + 1);
      source += `[${pattern.slice(i + 1, close).replace(/[\\^\]]/g, '\\$&')}]`;
      i = close;
    } else source += escapeRegex(ch);
  }
  const regex = new RegExp(`^${source}$`, 'i');
  return (text) => regex.test(text);
}

/** True when the text holds a wildcard character that is not escaped. */
export const hasWildcard = (text: string): boolean => /(^|[^`])[*?[]/.test(text);

const escapeRegex = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
