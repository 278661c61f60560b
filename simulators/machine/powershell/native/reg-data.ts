import {
  binary,
  dword,
  expandSz,
  multiSz,
  none,
  qword,
  sz,
  type ValueData,
} from '../../../registry/index.js';

/** The /t names reg.exe accepts (DOC: reg add /?), any case; REG_SZ when /t is left out. */
const TYPES = ['REG_SZ', 'REG_MULTI_SZ', 'REG_EXPAND_SZ', 'REG_DWORD', 'REG_QWORD', 'REG_BINARY', 'REG_NONE'];

/**
 * reg add's /d data as the given type (3P: Wine's reg and its tests, which pass on Windows): DWORD
 * and QWORD in decimal or 0x hex (no sign for DWORD; QWORD takes -1 as all bits set), a DWORD
 * needs /d; BINARY as hex digits, an odd count padded with a leading 0; MULTI_SZ split at the /s
 * separator or `\0`, empty parts refused; NONE stores the text as UTF-16 with its terminator.
 * Undefined for data that does not fit, or an unknown type.
 */
export function regData(
  type: string | undefined,
  data: string | undefined,
  separator: string | undefined,
): ValueData | undefined {
  const name = (type ?? 'REG_SZ').toUpperCase();
  if (!TYPES.includes(name)) return undefined;
  const text = data ?? '';
  switch (name) {
    case 'REG_SZ':
      return sz(text);
    case 'REG_EXPAND_SZ':
      return expandSz(text);
    case 'REG_DWORD': {
      if (data === undefined) return undefined;
      const n = integer(text, false);
      return n === undefined || n > 0xffffffffn ? undefined : dword(Number(n));
    }
    case 'REG_QWORD': {
      if (text === '') return qword(0);
      if (text === '-1') return qword(0xffffffffffffffffn);
      const n = integer(text, false);
      return n === undefined || n > 0xffffffffffffffffn ? undefined : qword(n);
    }
    case 'REG_BINARY': {
      if (!/^[0-9a-f]*$/i.test(text)) return undefined;
      const padded = text.length % 2 ? `0${text}` : text;
      return binary(padded.match(/../g)?.map((pair) => Number.parseInt(pair, 16)) ?? []);
    }
    case 'REG_MULTI_SZ': {
      if (text === '') return multiSz([]);
      const parts = separator === undefined ? text.split('\\0') : text.split(separator);
      return parts.some((p) => p === '') ? undefined : multiSz(parts);
    }
    default:
      return none([...Buffer.from(`${text}\0`, 'utf16le')]);
  }
}

function integer(text: string, signed: boolean): bigint | undefined {
  if (/^0x[0-9a-f]+$/i.test(text)) return BigInt(text.toLowerCase());
  if (/^\d+$/.test(text)) return BigInt(text);
  if (signed && /^-\d+$/.test(text)) return BigInt(text);
  return undefined;
}
