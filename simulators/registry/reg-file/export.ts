import { invariant } from '../../shared/invariant.js';
import { childPath, nativePath, type RegistryPath, toRegistryPath } from '../path.js';
import type { Registry } from '../registry.js';
import type { RegistryValue } from '../value.js';
import { VALUE_TYPE_CODES } from '../value.js';
import { valueToBytes } from '../value-bytes.js';
import { escapeRegString } from './escape.js';

/** The header regedit writes, and the one line ending it uses. */
export const REG_FILE_HEADER = 'Windows Registry Editor Version 5.00';
const CRLF = '\r\n';
/** regedit wraps hex data once a line reaches this many characters (DOC: regedit's export). */
const MAX_HEX_CHARS = 77;

/** Formats bytes as `a1,b2,...`, wrapped with `,\` and a two-space indent the way regedit does. */
function hexData(prefix: string, bytes: Uint8Array): string {
  let out = prefix;
  let lineLength = prefix.length;
  bytes.forEach((byte, i) => {
    out += byte.toString(16).padStart(2, '0');
    if (i === bytes.length - 1) return;
    out += ',';
    lineLength += 3;
    if (lineLength >= MAX_HEX_CHARS) {
      out += `\\${CRLF}  `;
      lineLength = 2;
    }
  });
  return out;
}

/**
 * One value line. Strings holding a NUL, CR or LF are written as `hex(1):` so that nothing is lost
 * (regedit itself would cut such a string at the NUL; a quoted string cannot carry the rest).
 */
export function formatRegValue(value: RegistryValue): string {
  const name = value.name === '' ? '@=' : `"${escapeRegString(value.name)}"=`;
  switch (value.type) {
    case 'REG_SZ':
      if (!/[\0\r\n]/.test(value.data)) return `${name}"${escapeRegString(value.data)}"`;
      return hexData(`${name}hex(1):`, valueToBytes(value));
    case 'REG_DWORD':
      return `${name}dword:${value.data.toString(16).padStart(8, '0')}`;
    case 'REG_BINARY':
      return hexData(`${name}hex:`, value.data);
    default:
      return hexData(`${name}hex(${VALUE_TYPE_CODES[value.type].toString(16)}):`, valueToBytes(value));
  }
}

function exportKey(registry: Registry, key: RegistryPath, out: string[]): void {
  const values = registry.values(key);
  invariant(values, () => `cannot export a key that does not exist: ${nativePath(key)}`);
  out.push('', `[${nativePath(key)}]`, ...values.map(formatRegValue));
  for (const name of registry.subkeyNames(key) ?? []) exportKey(registry, childPath(key, name), out);
}

/**
 * The text of a .reg file holding the given keys with all their subkeys, as regedit /e writes it:
 * header, then each key as a blank line, `[path]` and its values, keys depth first with subkeys in
 * enumeration order, and a blank line at the end. Paths are written with full hive names.
 */
export function formatRegFile(registry: Registry, keys: ReadonlyArray<string | RegistryPath>): string {
  const lines = [REG_FILE_HEADER];
  for (const key of keys) exportKey(registry, toRegistryPath(key), lines);
  return `${lines.join(CRLF)}${CRLF}${CRLF}`;
}

/** The bytes of a .reg file: UTF-16LE with a byte-order mark, as regedit writes (or UTF-8 on request). */
export function exportRegFile(
  registry: Registry,
  keys: ReadonlyArray<string | RegistryPath>,
  options: { encoding?: 'utf16le' | 'utf8' } = {},
): Uint8Array {
  const text = formatRegFile(registry, keys);
  if (options.encoding === 'utf8') return new Uint8Array(Buffer.from(text, 'utf8'));
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
}
