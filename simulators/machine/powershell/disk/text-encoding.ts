/** The -Encoding names of 5.1's content cmdlets (DOC: FileSystemCmdletProviderEncoding). */
export const CONTENT_ENCODINGS = [
  'Unknown',
  'String',
  'Unicode',
  'Byte',
  'BigEndianUnicode',
  'UTF8',
  'UTF7',
  'UTF32',
  'Ascii',
  'Default',
  'Oem',
  'BigEndianUTF32',
] as const;

/**
 * Text as 5.1's Set-Content and Add-Content write it (DOC: their -Encoding; the default is the ANSI
 * code page, taken as Latin-1 here, ASSUME): UTF8 and Unicode start with a byte-order mark, ASCII
 * turns what it cannot hold into `?`. Byte, UTF7 and the UTF-32 forms are not emulated.
 */
export function encodeText(text: string, encoding: string, withBom: boolean): Uint8Array | undefined {
  switch (encoding.toLowerCase()) {
    case 'utf8':
      return bytes(withBom ? [0xef, 0xbb, 0xbf] : [], Buffer.from(text, 'utf8'));
    case 'unicode':
    case 'string':
      return bytes(withBom ? [0xff, 0xfe] : [], Buffer.from(text, 'utf16le'));
    case 'bigendianunicode':
      return bytes(withBom ? [0xfe, 0xff] : [], Buffer.from(text, 'utf16le').swap16());
    case 'ascii':
      return Buffer.from(text.replace(/[^\p{ASCII}]/gu, '?'), 'latin1');
    case 'default':
    case 'oem':
    case 'unknown':
      return Buffer.from([...text].map((ch) => (ch.charCodeAt(0) > 0xff ? '?' : ch)).join(''), 'latin1');
    default:
      return undefined;
  }
}

/** Text as Get-Content reads it: by its byte-order mark, else as the ANSI code page (Latin-1, ASSUME). */
export function decodeText(data: Uint8Array): string {
  const buffer = Buffer.from(data);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf)
    return buffer.subarray(3).toString('utf8');
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.subarray(2).toString('utf16le');
  if (buffer[0] === 0xfe && buffer[1] === 0xff)
    return Buffer.from(buffer.subarray(2, 2 + ((buffer.length - 2) & ~1)))
      .swap16()
      .toString('utf16le');
  return buffer.toString('latin1');
}

const bytes = (bom: number[], body: Buffer) => Buffer.concat([Buffer.from(bom), body]);
