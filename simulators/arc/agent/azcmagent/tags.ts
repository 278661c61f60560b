/**
 * Parses `--tags`: `Name=Value` pairs separated by commas; a name or value with spaces or commas
 * is in single quotes (DOC: `--tags "SingleName='Value with spaces',Location=Redmond"`). Undefined
 * when the text is not of that form (DOC: AZCM0013, "The tags provided are invalid").
 */
export function parseTags(text: string): Record<string, string> | undefined {
  const tags: Record<string, string> = {};
  const item = /\s*('[^']*'|[^,=']*)\s*=\s*('[^']*'|[^,']*)\s*(,|$)/y;
  let at = 0;
  while (at < text.length) {
    item.lastIndex = at;
    const m = item.exec(text);
    const name = unquote(m?.[1] ?? '');
    if (!m || name === '') return undefined;
    tags[name] = unquote(m[2] ?? '');
    at = item.lastIndex;
    if (m[3] === '' && at < text.length) return undefined;
  }
  return tags;
}

const unquote = (s: string): string => (s.startsWith("'") && s.endsWith("'") ? s.slice(1, -1) : s.trim());
