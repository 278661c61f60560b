import type { PSHashtable } from '../../../powershell/index.js';
import { psText } from '../objects/ps-text.js';

/**
 * 3P (WebRequestPSCmdlet.FormatDictionary in the PowerShell repository's FullCLR code, 5.1's):
 * a dictionary as `key=value` pairs joined by `&`, each part through HttpUtility.UrlEncode, a
 * $null value as nothing. ASSUME: keys in the hashtable's insertion order (see PSHashtable).
 */
export function formatDictionary(table: PSHashtable): string {
  return table
    .entries()
    .map(({ key, value }) => `${urlEncode(psText(key))}=${value === null ? '' : urlEncode(psText(value))}`)
    .join('&');
}

/** DOC (HttpUtility.UrlEncode): UTF-8, a space as `+`, lower-case `%xx`; `-_.!*()` and alphanumerics stay. */
export function urlEncode(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.!*()]/.test(char)) out += char;
    else if (char === ' ') out += '+';
    else out += `%${byte.toString(16).padStart(2, '0')}`;
  }
  return out;
}
