/**
 * Registry names compare case-insensitively by upper-casing one UTF-16 unit at a time, as the
 * kernel's RtlUpcaseUnicodeChar does (DOC). JavaScript's toUpperCase can turn one character into
 * several ('ß' → 'SS'), which Windows never does, so such characters are kept as they are.
 */
export function foldName(name: string): string {
  // The same few names are folded again and again (value names, path parts): keep their folds.
  const known = folds.get(name);
  if (known !== undefined) return known;
  const folded = fold(name);
  if (folds.size >= FOLD_LIMIT) folds.clear();
  folds.set(name, folded);
  return folded;
}

const FOLD_LIMIT = 10_000;
const folds = new Map<string, string>();

function fold(name: string): string {
  // Fast path: ASCII names, nearly all of them.
  if (isAscii(name)) return name.toUpperCase();
  let out = '';
  // By UTF-16 unit, not code point: the kernel never upper-cases a surrogate pair ('𐐨' stays).
  for (const ch of name.split('')) {
    const up = ch.toUpperCase();
    out += up.length === ch.length ? up : ch;
  }
  return out;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Orders names as the registry enumerates subkeys: by their upper-cased form, unit by unit. */
export function compareNames(a: string, b: string): number {
  const fa = foldName(a);
  const fb = foldName(b);
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}
