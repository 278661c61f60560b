import { invariant } from '../shared/invariant.js';
import {
  binary,
  dword,
  expandSz,
  multiSz,
  none,
  qword,
  sz,
  type ValueData,
  type ValueType,
} from './value.js';

const encodeUtf16 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
const decodeUtf16 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length - (bytes.length % 2)).toString('utf16le');

/**
 * The bytes RegQueryValueEx would return for a value (DOC): strings are UTF-16LE with their
 * terminating NUL; a REG_MULTI_SZ ends each string with NUL and the list with one more NUL.
 */
export function valueToBytes(value: ValueData): Uint8Array {
  switch (value.type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return encodeUtf16(`${value.data}\0`);
    case 'REG_MULTI_SZ':
      return encodeUtf16(`${value.data.map((s) => `${s}\0`).join('')}\0`);
    case 'REG_DWORD': {
      const out = new Uint8Array(4);
      new DataView(out.buffer).setUint32(0, value.data, true);
      return out;
    }
    case 'REG_QWORD': {
      const out = new Uint8Array(8);
      new DataView(out.buffer).setBigUint64(0, value.data, true);
      return out;
    }
    case 'REG_BINARY':
    case 'REG_NONE':
      return Uint8Array.from(value.data);
  }
}

/**
 * Reads raw bytes as a value of the given type, the inverse of {@link valueToBytes}. Missing
 * terminators are tolerated, as the registry's readers tolerate them.
 */
export function valueFromBytes(type: ValueType, bytes: Uint8Array): ValueData {
  switch (type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ': {
      const text = decodeUtf16(bytes);
      const data = text.endsWith('\0') ? text.slice(0, -1) : text;
      return type === 'REG_SZ' ? sz(data) : expandSz(data);
    }
    case 'REG_MULTI_SZ': {
      const text = decodeUtf16(bytes);
      if (text === '') return multiSz([]);
      const parts = text.split('\0');
      // Each string's NUL leaves an empty part after it, and the list's own NUL one more.
      const drop = parts.at(-1) === '' && parts.at(-2) === '' ? 2 : parts.at(-1) === '' ? 1 : 0;
      return multiSz(parts.slice(0, parts.length - drop));
    }
    case 'REG_DWORD':
      invariant(bytes.length === 4, () => `REG_DWORD data must be 4 bytes, got ${bytes.length}`);
      return dword(new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true));
    case 'REG_QWORD':
      invariant(bytes.length === 8, () => `REG_QWORD data must be 8 bytes, got ${bytes.length}`);
      return qword(new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true));
    case 'REG_BINARY':
      return binary(bytes);
    case 'REG_NONE':
      return none(bytes);
  }
}
