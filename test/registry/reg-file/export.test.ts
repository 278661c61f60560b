import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  binary,
  dword,
  expandSz,
  exportRegFile,
  formatRegFile,
  formatRegValue,
  multiSz,
  none,
  qword,
  REG_FILE_HEADER,
  Registry,
  sz,
  type ValueData,
} from '../../../simulators/registry/index.js';
import { InvariantError } from '../../../simulators/shared/invariant.js';
import { thrown } from '../helpers.js';

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Test';
const crlf = (...lines: string[]): string => lines.join('\r\n');
const line = (name: string, data: ValueData): string => formatRegValue({ ...data, name });

function example(): Registry {
  const r = Registry.windows();
  r.createKey(KEY);
  r.setValue(KEY, '', sz('x'));
  r.setValue(KEY, 'Quote"d', sz('a\\b'));
  r.setValue(KEY, 'n', dword(10));
  r.setValue(KEY, 'q', qword(0x0102_0304_0506_0708n));
  r.setValue(KEY, 'e', expandSz('%P%'));
  r.setValue(KEY, 'm', multiSz(['a', 'b']));
  r.setValue(KEY, 'bin', binary([0, 0xff]));
  r.setValue(KEY, 'none', none());
  for (const name of ['zeta', 'Alpha', 'beta']) r.createKey(`${KEY}\\${name}`);
  r.setValue(`${KEY}\\Alpha`, 'v', dword(1));
  return r;
}

const EXAMPLE_TEXT = crlf(
  'Windows Registry Editor Version 5.00',
  '',
  String.raw`[HKEY_LOCAL_MACHINE\SOFTWARE\Test]`,
  '@="x"',
  String.raw`"Quote\"d"="a\\b"`,
  '"n"=dword:0000000a',
  '"q"=hex(b):08,07,06,05,04,03,02,01',
  '"e"=hex(2):25,00,50,00,25,00,00,00',
  '"m"=hex(7):61,00,00,00,62,00,00,00,00,00',
  '"bin"=hex:00,ff',
  '"none"=hex(0):',
  '',
  String.raw`[HKEY_LOCAL_MACHINE\SOFTWARE\Test\Alpha]`,
  '"v"=dword:00000001',
  '',
  String.raw`[HKEY_LOCAL_MACHINE\SOFTWARE\Test\beta]`,
  '',
  String.raw`[HKEY_LOCAL_MACHINE\SOFTWARE\Test\zeta]`,
  '',
  '',
);

describe('exportRegFile', () => {
  it('writes regedit’s UTF-16LE file with a byte-order mark', () => {
    const bytes = exportRegFile(example(), [KEY]);
    expect([...bytes.subarray(0, 6)]).toEqual([0xff, 0xfe, 0x57, 0x00, 0x69, 0x00]);
    expect(
      Buffer.from(bytes).equals(
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EXAMPLE_TEXT, 'utf16le')]),
      ),
    ).toBe(true);
  });

  it('writes UTF-8 without a byte-order mark on request', () => {
    const r = example();
    r.setValue(KEY, 'ä', sz('€'));
    const bytes = exportRegFile(r, [KEY], { encoding: 'utf8' });
    expect(bytes[0]).toBe(0x57);
    expect(Buffer.from(bytes).toString('utf8')).toBe(formatRegFile(r, [KEY]));
    expect(Buffer.from(bytes).includes(Buffer.from('"ä"="€"', 'utf8'))).toBe(true);
  });

  it('refuses a key that does not exist', () => {
    const error = thrown(() => exportRegFile(Registry.windows(), ['HKLM\\SOFTWARE\\Nope']));
    expect(error).toBeInstanceOf(InvariantError);
    expect((error as Error).message).toBe(
      '[hotpatch-harness] cannot export a key that does not exist: HKEY_LOCAL_MACHINE\\SOFTWARE\\Nope',
    );
  });
});

describe('formatRegFile', () => {
  it('writes the header, each key after a blank line, values before subkeys, subkeys sorted, and a blank line at the end', () => {
    expect(formatRegFile(example(), [KEY])).toBe(EXAMPLE_TEXT);
  });

  it('writes a key with no values, and just the header for no keys', () => {
    const r = Registry.windows();
    r.createKey('HKLM\\SOFTWARE\\Empty');
    expect(formatRegFile(r, ['HKLM\\SOFTWARE\\Empty'])).toBe(
      crlf(REG_FILE_HEADER, '', String.raw`[HKEY_LOCAL_MACHINE\SOFTWARE\Empty]`, '', ''),
    );
    expect(formatRegFile(r, [])).toBe(crlf(REG_FILE_HEADER, '', ''));
  });

  it('writes several keys in the order given, with full hive names', () => {
    const r = Registry.windows();
    r.createKey('HKCU\\B');
    r.createKey('HKLM\\SOFTWARE\\A');
    expect(formatRegFile(r, ['HKCU:\\B', 'HKLM\\SOFTWARE\\A'])).toBe(
      crlf(REG_FILE_HEADER, '', '[HKEY_CURRENT_USER\\B]', '', '[HKEY_LOCAL_MACHINE\\SOFTWARE\\A]', '', ''),
    );
  });
});

describe('formatRegValue', () => {
  it('escapes backslashes and quotes in names and strings', () => {
    expect(line('a\\"b', sz('"C:\\Program Files\\"'))).toBe(String.raw`"a\\\"b"="\"C:\\Program Files\\\""`);
    expect(line('', sz(''))).toBe('@=""');
    expect(line('semi;colon', sz('a;b'))).toBe('"semi;colon"="a;b"');
  });

  it('writes a string holding NUL, CR or LF as hex(1), so nothing is lost', () => {
    expect(line('s', sz('a\nb'))).toBe('"s"=hex(1):61,00,0a,00,62,00,00,00');
    expect(line('s', sz('\0'))).toBe('"s"=hex(1):00,00,00,00');
    expect(line('s', sz('\r'))).toBe('"s"=hex(1):0d,00,00,00');
  });

  it('writes dwords as eight lowercase hex digits', () => {
    expect(line('d', dword(0))).toBe('"d"=dword:00000000');
    expect(line('d', dword(0xdeadbeef))).toBe('"d"=dword:deadbeef');
    expect(line('d', dword(4264695439))).toBe('"d"=dword:fe32168f');
  });

  it('writes the other types as hex(N) of their bytes', () => {
    expect(line('q', qword(1n))).toBe('"q"=hex(b):01,00,00,00,00,00,00,00');
    expect(line('m', multiSz([]))).toBe('"m"=hex(7):00,00');
    expect(line('e', expandSz(''))).toBe('"e"=hex(2):00,00');
    expect(line('b', binary([]))).toBe('"b"=hex:');
    expect(line('n', none([1, 2]))).toBe('"n"=hex(0):01,02');
  });

  it('wraps hex data after the comma that brings a line to 77 characters, as regedit does', () => {
    // regedit's own export of a REG_MULTI_SZ: 17 bytes on the first line, 25 on each after.
    expect(line('Multiple strings', multiSz(['Line 1', 'Line 2', 'Line 3']))).toBe(
      crlf(
        '"Multiple strings"=hex(7):4c,00,69,00,6e,00,65,00,20,00,31,00,00,00,4c,00,69,\\',
        '  00,6e,00,65,00,20,00,32,00,00,00,4c,00,69,00,6e,00,65,00,20,00,33,00,00,00,\\',
        '  00,00',
      ),
    );
    // regedit's export of a DigitalProductId: 18 bytes after the 23-character prefix.
    expect(line('DigitalProductId', binary(new Uint8Array(95)))).toBe(
      crlf(
        `"DigitalProductId"=hex:${'00,'.repeat(18)}\\`,
        `  ${'00,'.repeat(25)}\\`,
        `  ${'00,'.repeat(25)}\\`,
        `  ${'00,'.repeat(25)}\\`,
        '  00,00',
      ),
    );
  });

  it('does not wrap when the last byte lands on the 77th column', () => {
    // '"b"=hex:' is 8 characters; 23 bytes make 8 + 23 * 3 - 1 = 76 characters, with no comma after the last.
    expect(line('b', binary(new Uint8Array(23)))).toBe(`"b"=hex:${'00,'.repeat(22)}00`);
    expect(line('b', binary(new Uint8Array(24)))).toBe(crlf(`"b"=hex:${'00,'.repeat(23)}\\`, '  00'));
  });

  test.prop(
    [
      fc.string({ unit: fc.constantFrom('a', 'B', ' ', '-'), minLength: 1, maxLength: 40 }),
      fc.uint8Array({ maxLength: 400, size: 'max' }),
    ],
    { numRuns: 150 },
  )('every wrapped line ends at the first comma at or past column 77 and the bytes survive', (name, data) => {
    const lines = line(name, binary(data)).split('\r\n');
    lines.slice(0, -1).forEach((text, i) => {
      expect(text.endsWith(',\\')).toBe(true);
      const width = text.length - 1;
      expect(width).toBeGreaterThanOrEqual(77);
      expect(width - 3).toBeLessThan(77);
      if (i > 0) expect(text.startsWith('  ')).toBe(true);
    });
    const last = lines.at(-1) ?? '';
    if (lines.length > 1) expect(last.startsWith('  ')).toBe(true);
    expect(last.length).toBeLessThan(79);
    const hex = lines
      .map((text, i) => (i === 0 ? text.slice(`"${name}"=hex:`.length) : text.trim()).replace(/\\$/, ''))
      .join('');
    expect(hex === '' ? [] : hex.split(',').map((b) => Number.parseInt(b, 16))).toEqual([...data]);
  });
});
