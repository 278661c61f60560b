/**
 * List text as 5.1's Out-Default writes it (`Format-List`): each object's properties as
 * `Name : value` with the names padded to the longest; a value's further lines indent under the
 * first. INFER (5.1 console output): two blank lines before the first object, one between
 * objects, and three after the last.
 */
export function renderList(entries: readonly (readonly (readonly [string, string])[])[]): string[] {
  const lines: string[] = ['', ''];
  entries.forEach((entry, n) => {
    if (n > 0) lines.push('');
    const width = Math.max(0, ...entry.map(([name]) => name.length));
    for (const [name, value] of entry) {
      const [first = '', ...rest] = value.split(/\r?\n/);
      lines.push(`${name.padEnd(width)} : ${first}`.trimEnd());
      for (const more of rest) lines.push(`${' '.repeat(width + 3)}${more}`.trimEnd());
    }
  });
  lines.push('', '', '');
  return lines;
}
