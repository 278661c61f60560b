/** DOC (about_Special_Characters): the backtick escapes PowerShell 5.1 knows; any other char stands for itself. */
const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/** The text of a single-quoted string: `''` stands for one quote. */
export function verbatimString(token: string): string {
  return token.slice(1, -1).replaceAll("''", "'");
}

/** The text of a verbatim here-string @' ... '@: the lines between the markers, as written. */
export function verbatimHereString(token: string): string {
  return hereStringBody(token);
}

/** The lines between a here-string's opening and closing markers (@" / "@ or @' / '@). */
export function hereStringBody(token: string): string {
  const start = token.indexOf('\n') + 1;
  const end = token.lastIndexOf('\n');
  const body = end >= start ? token.slice(start, end) : '';
  return body.endsWith('\r') ? body.slice(0, -1) : body;
}

/**
 * Decodes a literal run of a double-quoted string: backtick escapes, and `""` for one quote
 * (only inside "..." strings; here-strings keep quotes as they are).
 */
export function decodeExpandableText(text: string, doubledQuotes: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '`' && i + 1 < text.length) {
      const next = text[++i] as string;
      out += ESCAPES[next] ?? next;
    } else if (doubledQuotes && ch === '"' && text[i + 1] === '"') {
      out += '"';
      i++;
    } else {
      out += ch;
    }
  }
  return out;
}
