import { describe, expect, it } from 'vitest';
import {
  binary,
  decodeRegFile,
  dword,
  expandSz,
  multiSz,
  none,
  parseRegFile,
  qword,
  RegFileError,
  sz,
} from '../../../simulators/registry/index.js';
import { thrown } from '../helpers.js';

const HEADER = 'Windows Registry Editor Version 5.00';
const crlf = (...lines: string[]): string => lines.join('\r\n');
const SW = { hive: 'HKEY_LOCAL_MACHINE', segments: ['SOFTWARE', 'T'] } as const;

/** The RegFileError a file raises: its message and issue. */
function failure(text: string, file?: string): { message: string; code: string; line: number; file: string } {
  const error = thrown(() => parseRegFile(text, file));
  if (!(error instanceof RegFileError)) throw new Error(`expected a RegFileError, got ${String(error)}`);
  return { message: error.message, code: error.issue.code, line: error.issue.line, file: error.file };
}

/** The data of the single value a one-value file sets. */
function dataOf(valueLine: string): unknown {
  const ops = parseRegFile(crlf(HEADER, '', '[HKEY_LOCAL_MACHINE\\SOFTWARE\\T]', valueLine));
  const op = ops[1];
  if (op?.op !== 'set-value') throw new Error(`expected a set-value, got ${JSON.stringify(op)}`);
  return op.data;
}

describe('parseRegFile', () => {
  it('reads keys, values and deletions with the line each starts on', () => {
    const text = crlf(
      HEADER,
      '',
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\T]',
      '@="default"',
      '"n"=dword:00000001',
      '"gone"=-',
      '',
      '[-HKEY_CURRENT_USER\\Old]',
      '',
    );
    expect(parseRegFile(text)).toEqual([
      { op: 'create-key', key: SW, line: 3 },
      { op: 'set-value', key: SW, name: '', data: sz('default'), line: 4 },
      { op: 'set-value', key: SW, name: 'n', data: dword(1), line: 5 },
      { op: 'delete-value', key: SW, name: 'gone', line: 6 },
      { op: 'delete-key', key: { hive: 'HKEY_CURRENT_USER', segments: ['Old'] }, line: 8 },
    ]);
  });

  it('accepts the REGEDIT4 header and LF or CR line ends', () => {
    for (const eol of ['\n', '\r', '\r\n']) {
      const ops = parseRegFile(
        ['REGEDIT4', '', '[HKEY_LOCAL_MACHINE\\SOFTWARE\\T]', '"a"="b"', ''].join(eol),
      );
      expect(ops).toEqual([
        { op: 'create-key', key: SW, line: 3 },
        { op: 'set-value', key: SW, name: 'a', data: sz('b'), line: 4 },
      ]);
    }
  });

  it('accepts blanks around = and before a line, and ; comments', () => {
    const ops = parseRegFile(
      crlf(
        HEADER,
        '; a comment',
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\T] ; after a key',
        '  "a" = "x;y" ; the ; inside the quotes is data',
        '@ = dword:2 ; after a dword',
        '"h"=hex:01,02 ; after hex',
        '\t; an indented comment',
      ),
    );
    expect(ops.slice(1).map((o) => (o.op === 'set-value' ? [o.name, o.data, o.line] : o.op))).toEqual([
      ['a', sz('x;y'), 4],
      ['', dword(2), 5],
      ['h', binary([1, 2]), 6],
    ]);
  });

  it('reads quoted strings with their escapes', () => {
    expect(dataOf(String.raw`"p"="C:\\Program Files\\\"x\""`)).toEqual(sz('C:\\Program Files\\"x"'));
    expect(dataOf('"p"=""')).toEqual(sz(''));
    expect(dataOf('"p"="a=b"')).toEqual(sz('a=b'));
  });

  it('reads names with escapes', () => {
    const ops = parseRegFile(
      crlf(HEADER, '[HKEY_LOCAL_MACHINE\\SOFTWARE\\T]', String.raw`"a\"b\\c"=dword:1`),
    );
    expect(ops[1]).toMatchObject({ op: 'set-value', name: 'a"b\\c' });
  });

  it('reads dwords of one to eight hex digits in either case', () => {
    expect(dataOf('"d"=dword:1')).toEqual(dword(1));
    expect(dataOf('"d"=dword:FFFFFFFF')).toEqual(dword(0xffff_ffff));
    expect(dataOf('"d"=dword:fe32168f')).toEqual(dword(4264695439));
  });

  it('reads every hex(N) type', () => {
    expect(dataOf('"v"=hex(0):01')).toEqual(none([1]));
    expect(dataOf('"v"=hex(1):61,00,00,00')).toEqual(sz('a'));
    expect(dataOf('"v"=hex(2):25,00,00,00')).toEqual(expandSz('%'));
    expect(dataOf('"v"=hex(3):ff')).toEqual(binary([0xff]));
    expect(dataOf('"v"=hex(4):01,00,00,00')).toEqual(dword(1));
    expect(dataOf('"v"=hex(7):61,00,00,00,62,00,00,00,00,00')).toEqual(multiSz(['a', 'b']));
    expect(dataOf('"v"=hex(7):00,00')).toEqual(multiSz([]));
    expect(dataOf('"v"=hex(b):08,07,06,05,04,03,02,01')).toEqual(qword(0x0102_0304_0506_0708n));
    expect(dataOf('"v"=hex(B):00,00,00,00,00,00,00,80')).toEqual(qword(2n ** 63n));
    expect(dataOf('"v"=hex:')).toEqual(binary([]));
    expect(dataOf('"v"=hex:A,b')).toEqual(binary([10, 11]));
  });

  it('joins continuation lines that end in a backslash, and counts the value from its first line', () => {
    const ops = parseRegFile(
      crlf(
        HEADER,
        '',
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\T]',
        '"b"=hex:01,02,\\',
        '  03,04,\\',
        '  05',
        '"after"=dword:00000001',
      ),
    );
    expect(ops.slice(1)).toEqual([
      { op: 'set-value', key: SW, name: 'b', data: binary([1, 2, 3, 4, 5]), line: 4 },
      { op: 'set-value', key: SW, name: 'after', data: dword(1), line: 7 },
    ]);
  });

  it('skips values under a deleted key but still checks them', () => {
    const text = crlf(HEADER, '[-HKEY_LOCAL_MACHINE\\SOFTWARE\\T]', '"a"=dword:1');
    expect(parseRegFile(text)).toEqual([{ op: 'delete-key', key: SW, line: 2 }]);
    expect(failure(crlf(HEADER, '[-HKEY_LOCAL_MACHINE\\SOFTWARE\\T]', '"a"=dword:x')).line).toBe(3);
  });

  it('refuses a file without the header, on line 1', () => {
    expect(
      failure(crlf('Windows Registry Editor Version 4.00', '[HKEY_LOCAL_MACHINE\\SOFTWARE\\T]'), 'base.reg'),
    ).toEqual({
      message: 'base.reg:1: expected the header "Windows Registry Editor Version 5.00"',
      code: 'bad-header',
      line: 1,
      file: 'base.reg',
    });
    expect(failure('').message).toBe('<reg>:1: expected the header "Windows Registry Editor Version 5.00"');
  });

  it('names the line of a bad dword', () => {
    const text = crlf(
      HEADER,
      '',
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\T]',
      '"ok"=dword:00000001',
      '"bad"=dword:123456789',
    );
    expect(failure(text, 'base.reg')).toEqual({
      message: 'base.reg:5: expected "string", dword:XXXXXXXX, hex:..., hex(N):... or -',
      code: 'bad-value',
      line: 5,
      file: 'base.reg',
    });
    expect(failure(crlf(HEADER, '[HKEY_LOCAL_MACHINE\\SOFTWARE\\T]', '"bad"=dword:')).message).toMatch(
      /^<reg>:3: /,
    );
    expect(failure(crlf(HEADER, '[HKEY_LOCAL_MACHINE\\SOFTWARE\\T]', '"bad"=dword:-1')).message).toMatch(
      /^<reg>:3: /,
    );
  });

  it('refuses a value before any key', () => {
    expect(failure(crlf(HEADER, '', '"a"=dword:1'))).toEqual({
      message: '<reg>:3: a value line must follow a [key] line',
      code: 'value-outside-key',
      line: 3,
      file: '<reg>',
    });
  });

  it('refuses a value type it does not emulate', () => {
    expect(failure(crlf(HEADER, '[HKEY_LOCAL_MACHINE\\SOFTWARE\\T]', '"r"=hex(8):00'))).toEqual({
      message: '<reg>:3: value type hex(8) is not emulated',
      code: 'unsupported-type',
      line: 3,
      file: '<reg>',
    });
  });

  it('refuses malformed lines with what it expected', () => {
    const cases: Array<[string, string]> = [
      ['junk', '<reg>:3: expected a [key] line, a "name"=value line, @=value, or a ; comment'],
      ['"a"', '<reg>:3: expected "name"=value'],
      ['"a=1', '<reg>:3: expected "name"=value'],
      ['"a"="unterminated', '<reg>:3: expected a string in double quotes'],
      ['"a"="x" trailing', '<reg>:3: expected a string in double quotes'],
      ['"a"=hex:1,,2', '<reg>:3: expected hex bytes separated by commas, such as 00,1a,ff'],
      ['"a"=hex:100', '<reg>:3: expected hex bytes separated by commas, such as 00,1a,ff'],
      ['"a"=hex(4):01,00', '<reg>:3: hex(4) data must be 4 bytes'],
      ['"a"=hex(b):01,00,00,00', '<reg>:3: hex(b) data must be 8 bytes'],
      ['"a"=word:1', '<reg>:3: expected "string", dword:XXXXXXXX, hex:..., hex(N):... or -'],
    ];
    for (const [valueLine, message] of cases) {
      expect(failure(crlf(HEADER, '[HKEY_LOCAL_MACHINE\\SOFTWARE\\T]', valueLine)).message, valueLine).toBe(
        message,
      );
    }
  });

  it('refuses key lines that name no hive', () => {
    const cases: Array<[string, string]> = [
      ['[HKLM:\\SOFTWARE\\T]', '<reg>:2: expected a key path that starts with a hive name'],
      ['[SOFTWARE\\T]', '<reg>:2: expected a key path that starts with a hive name, got "SOFTWARE\\T"'],
      ['[HKEY_LOCAL_MACHINE\\SOFTWARE\\T', '<reg>:2: expected [HKEY_...\\path] or [-HKEY_...\\path]'],
      ['[ HKEY_LOCAL_MACHINE\\SOFTWARE]', '<reg>:2: expected [HKEY_...\\path] or [-HKEY_...\\path]'],
      ['[]', '<reg>:2: expected [HKEY_...\\path] or [-HKEY_...\\path]'],
    ];
    for (const [keyLine, message] of cases) {
      expect(failure(crlf(HEADER, keyLine)).message, keyLine).toBe(message);
    }
  });
});

describe('decodeRegFile', () => {
  const text = `${HEADER}\r\n"ä"="€"`;

  it('reads UTF-16LE after a byte-order mark', () => {
    expect(decodeRegFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(
      text,
    );
  });

  it('reads UTF-8 with or without a byte-order mark', () => {
    expect(decodeRegFile(Buffer.from(text, 'utf8'))).toBe(text);
    expect(decodeRegFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toBe(
      text,
    );
  });

  it('reads a view into a larger buffer', () => {
    const backing = Buffer.concat([Buffer.from('xx'), Buffer.from(text, 'utf8'), Buffer.from('yy')]);
    expect(decodeRegFile(new Uint8Array(backing.buffer, backing.byteOffset + 2, backing.length - 4))).toBe(
      text,
    );
  });
});
