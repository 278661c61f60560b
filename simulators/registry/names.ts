/**
 * Registry names compare case-insensitively by upper-casing one UTF-16 unit at a time, as the
 * kernel's RtlUpcaseUnicodeChar does (DOC). JavaScript's toUpperCase can turn one character into
 * several ('ß' → 'SS'), which Windows never does, so such characters are kept as they are.
 */
export function foldName(name: string): string {
  // Fast path: ASCII names, nearly all of them.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is the point
  if (/^[\x00-\x7f]*$/.test(name)) return name.toUpperCase();
  let out = '';
  // By UTF-16 unit, not code point: the kernel never upper-cases a surrogate pair ('𐐨' stays).
  for (const ch of name.split('')) {
    const up = ch.toUpperCase();
    out += up.length === ch.length ? up : ch;
  }
  return out;
}

/** Orders names as the registry enumerates subkeys: by their upper-cased form, unit by unit. */
export function compareNames(a: string, b: string): number {
  const fa = foldName(a);
  const fb = foldName(b);
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}
