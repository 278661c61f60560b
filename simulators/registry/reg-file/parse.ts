import { RegistryError } from '../errors.js';
import { parseRegistryPath, type RegistryPath } from '../path.js';
import type { ValueData, ValueType } from '../value.js';
import { dword, sz } from '../value.js';
import { valueFromBytes } from '../value-bytes.js';
import { readQuoted } from './escape.js';
import { RegFileError, type RegFileIssue } from './reg-file-error.js';

/** One instruction of a .reg file, with the line it starts on. */
export type RegFileOp =
  | { readonly op: 'create-key'; readonly key: RegistryPath; readonly line: number }
  | { readonly op: 'delete-key'; readonly key: RegistryPath; readonly line: number }
  | {
      readonly op: 'set-value';
      readonly key: RegistryPath;
      readonly name: string;
      readonly data: ValueData;
      readonly line: number;
    }
  | { readonly op: 'delete-value'; readonly key: RegistryPath; readonly name: string; readonly line: number };

const HEADERS = ['Windows Registry Editor Version 5.00', 'REGEDIT4'];
const HEX_TYPES: Readonly<Record<string, ValueType>> = {
  '0': 'REG_NONE',
  '1': 'REG_SZ',
  '2': 'REG_EXPAND_SZ',
  '3': 'REG_BINARY',
  '4': 'REG_DWORD',
  '7': 'REG_MULTI_SZ',
  b: 'REG_QWORD',
};

/** Decodes a .reg file: UTF-16LE when it starts with FF FE (as regedit decides), else UTF-8. */
export function decodeRegFile(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.subarray(2).toString('utf16le');
  const text = buffer.toString('utf8');
  return text.startsWith('\ufeff') ? text.slice(1) : text;
}

/** Joins lines ending in a backslash with the next (leading blanks dropped), keeping start lines. */
function logicalLines(text: string): Array<{ text: string; line: number }> {
  const physical = text.split(/\r\n|\n|\r/);
  const out: Array<{ text: string; line: number }> = [];
  for (let i = 0; i < physical.length; i++) {
    const line = i + 1;
    let current = (physical[i] ?? '').trimStart();
    while (/\\\s*$/.test(current) && !/^[[;#]/.test(current) && i + 1 < physical.length) {
      current = current.replace(/\\\s*$/, '') + (physical[++i] ?? '').trimStart();
    }
    out.push({ text: current, line });
  }
  return out;
}

/** Strips trailing blanks and a `;` comment after value data. */
const stripComment = (rest: string): string => rest.replace(/\s*(;.*)?$/, '');

function parseData(raw: string, fail: (issue: Omit<RegFileIssue, 'line'>) => never): ValueData | '-' {
  // A string is read before comments are stripped: a ';' inside the quotes is data ("a;b").
  if (raw.startsWith('"')) {
    const quoted = readQuoted(raw, 0);
    if (!quoted || stripComment(raw.slice(quoted.end)) !== '')
      fail({ code: 'bad-value', message: 'expected a string in double quotes' });
    return sz(quoted.text);
  }
  const rest = stripComment(raw);
  if (rest === '-') return '-';
  const dw = /^dword:([0-9a-fA-F]{1,8})$/.exec(rest);
  if (dw) return dword(Number.parseInt(dw[1] ?? '0', 16));
  const hex = /^hex(?:\(([0-9a-fA-F]+)\))?:(.*)$/.exec(rest);
  if (!hex)
    fail({ code: 'bad-value', message: 'expected "string", dword:XXXXXXXX, hex:..., hex(N):... or -' });
  const type = hex[1] === undefined ? 'REG_BINARY' : HEX_TYPES[hex[1].toLowerCase().replace(/^0+(?=.)/, '')];
  if (!type) fail({ code: 'unsupported-type', message: `value type hex(${hex[1]}) is not emulated` });
  const body = (hex[2] ?? '').replace(/\s+/g, '');
  if (body !== '' && !/^[0-9a-fA-F]{1,2}(,[0-9a-fA-F]{1,2})*,?$/.test(body)) {
    fail({ code: 'bad-value', message: 'expected hex bytes separated by commas, such as 00,1a,ff' });
  }
  const bytes = Uint8Array.from(
    body.split(',').filter((b) => b !== ''),
    (b) => Number.parseInt(b, 16),
  );
  if (type === 'REG_DWORD' && bytes.length !== 4)
    fail({ code: 'bad-value', message: 'hex(4) data must be 4 bytes' });
  if (type === 'REG_QWORD' && bytes.length !== 8)
    fail({ code: 'bad-value', message: 'hex(b) data must be 8 bytes' });
  return valueFromBytes(type, bytes);
}

/**
 * Reads a .reg file into the operations it stands for. Unlike regedit, which skips lines it cannot
 * read without a word, a malformed line is an error naming the file and line: a harness that
 * silently drops part of a base image would test the wrong machine.
 */
export function parseRegFile(text: string, file = '<reg>'): RegFileOp[] {
  const lines = logicalLines(text);
  const header = lines[0]?.text.trimEnd() ?? '';
  if (!HEADERS.includes(header)) {
    throw new RegFileError(file, {
      code: 'bad-header',
      line: 1,
      message: `expected the header "${HEADERS[0]}"`,
    });
  }
  const ops: RegFileOp[] = [];
  let key: RegistryPath | undefined;
  let deleted = false;
  for (const { text: content, line } of lines.slice(1)) {
    const fail = (issue: Omit<RegFileIssue, 'line'>): never => {
      throw new RegFileError(file, { ...issue, line });
    };
    if (content === '' || content.startsWith(';') || content.startsWith('#')) continue;
    if (content.startsWith('[')) {
      const m = /^\[(-?)([^\]]+)\]\s*(;.*)?$/.exec(content);
      if (!m || m[2]?.startsWith(' '))
        fail({ code: 'bad-key', message: 'expected [HKEY_...\\path] or [-HKEY_...\\path]' });
      key = parseKey(m?.[2] ?? '', fail);
      deleted = m?.[1] === '-';
      ops.push({ op: deleted ? 'delete-key' : 'create-key', key, line });
      continue;
    }
    const nameMatch = content.startsWith('@') ? { text: '', end: 1 } : readQuoted(content, 0);
    if (!content.startsWith('@') && !content.startsWith('"')) {
      fail({
        code: 'bad-value',
        message: 'expected a [key] line, a "name"=value line, @=value, or a ; comment',
      });
    }
    const eq = nameMatch ? /^\s*=\s*/.exec(content.slice(nameMatch.end)) : null;
    if (!nameMatch || !eq) fail({ code: 'bad-value', message: 'expected "name"=value' });
    if (!key) fail({ code: 'value-outside-key', message: 'a value line must follow a [key] line' });
    const data = parseData(content.slice((nameMatch?.end ?? 0) + (eq?.[0].length ?? 0)), fail);
    if (deleted || !key) continue; // values under a deleted key are ignored, as regedit does
    const name = nameMatch?.text ?? '';
    ops.push(
      data === '-' ? { op: 'delete-value', key, name, line } : { op: 'set-value', key, name, data, line },
    );
  }
  return ops;
}

function parseKey(text: string, fail: (issue: Omit<RegFileIssue, 'line'>) => never): RegistryPath {
  try {
    const key = parseRegistryPath(text);
    if (/^[^\\]*:/.test(text))
      fail({ code: 'bad-key', message: 'expected a key path that starts with a hive name' });
    return key;
  } catch (error) {
    if (!(error instanceof RegistryError)) throw error;
    return fail({
      code: 'bad-key',
      message: `expected a key path that starts with a hive name, got "${text}"`,
    });
  }
}
