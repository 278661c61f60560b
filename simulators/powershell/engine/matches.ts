import { captureLayout, jsGroupIndex } from '../operators/regex.js';
import { PSHashtable } from '../values/hashtable.js';

/**
 * DOC (about_Automatic_Variables, .NET grouping constructs): `$Matches` holds group 0 (the whole
 * match), the unnamed groups by their .NET number and the named groups by name; groups that took
 * no part are left out.
 */
export function matchesTable(match: RegExpExecArray, pattern: string): PSHashtable {
  const table = new PSHashtable();
  const layout = captureLayout(pattern);
  const entries: [string | number, string | undefined][] = [];
  for (const [name, value] of Object.entries(match.groups ?? {})) entries.push([name, value]);
  const unnamed = layout.filter((name) => name === null).length;
  for (let n = unnamed; n >= 1; n--) entries.push([n, match[jsGroupIndex(layout, n) ?? -1]]);
  entries.push([0, match[0]]);
  for (const [key, value] of entries) if (value !== undefined) table.set(key, value);
  return table;
}
