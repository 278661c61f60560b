/** One WQL token. Words keep their spelling; keywords are recognised by the parser, ignoring case. */
export type Token =
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'symbol'; readonly text: string };

/** Thrown for text that is no WQL; the repository reports it as WMI's "Invalid query". */
export class WqlSyntaxError extends Error {
  override name = 'WqlSyntaxError';
}

const SYMBOLS = ['<=', '>=', '<>', '!=', '=', '<', '>', '(', ')', ',', '*'];
const WORD = /^[A-Za-z_][A-Za-z0-9_]*/;
const NUMBER = /^[+-]?\d+(?:\.\d+)?/;

/**
 * Splits WQL into tokens. Strings take single or double quotes and a backslash escapes the next
 * character, so `C:\\Windows` means `C:\Windows` (DOC: WQL operators and LIKE pages; 3P).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let rest = text.trimStart(); rest.length > 0; rest = rest.trimStart()) {
    const quote = rest[0];
    if (quote === "'" || quote === '"') {
      let value = '';
      let i = 1;
      for (; i < rest.length && rest[i] !== quote; i++)
        value += rest[i] === '\\' ? (rest[++i] ?? '') : rest[i];
      if (i >= rest.length) throw new WqlSyntaxError(`unterminated string in: ${text}`);
      tokens.push({ kind: 'string', value });
      rest = rest.slice(i + 1);
      continue;
    }
    const symbol = SYMBOLS.find((s) => rest.startsWith(s));
    const number = NUMBER.exec(rest)?.[0];
    const word = WORD.exec(rest)?.[0];
    if (number !== undefined) tokens.push({ kind: 'number', value: Number(number) });
    else if (symbol !== undefined) tokens.push({ kind: 'symbol', text: symbol });
    else if (word !== undefined) tokens.push({ kind: 'word', text: word });
    else throw new WqlSyntaxError(`unexpected '${rest[0]}' in: ${text}`);
    rest = rest.slice((number ?? symbol ?? word ?? '').length);
  }
  return tokens;
}
