import { describe, expect, it } from 'vitest';
import {
  applyRegFileOps,
  dword,
  exportRegFile,
  importRegFile,
  parseRegFile,
  RegFileError,
  Registry,
  sz,
} from '../../../simulators/registry/index.js';
import { dumpRegistry, thrown } from '../helpers.js';

const HEADER = 'Windows Registry Editor Version 5.00';
const crlf = (...lines: string[]): string => lines.join('\r\n');

describe('importRegFile', () => {
  it('creates keys with their parents and sets values, and says what it did', () => {
    const r = Registry.windows();
    const summary = importRegFile(
      r,
      crlf(
        HEADER,
        '',
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\A\\B]',
        '"v"=dword:00000005',
        '@="d"',
        '',
        '[HKEY_LOCAL_MACHINE\\SOFTWARE]',
        '',
      ),
    );
    expect(summary).toEqual({ keysCreated: 1, keysDeleted: 0, valuesSet: 2, valuesDeleted: 0 });
    expect(r.keyExists('HKLM\\SOFTWARE\\A')).toBe(true);
    expect(r.values('HKLM\\SOFTWARE\\A\\B')).toEqual([
      { type: 'REG_DWORD', data: 5, name: 'v' },
      { type: 'REG_SZ', data: 'd', name: '' },
    ]);
  });

  it('[-key] deletes a whole subtree and "name"=- deletes a value', () => {
    const r = Registry.windows();
    r.createKey('HKLM\\SOFTWARE\\Gone\\Child\\Grandchild');
    r.createKey('HKLM\\SOFTWARE\\Kept');
    r.setValue('HKLM\\SOFTWARE\\Kept', 'drop', dword(1));
    r.setValue('HKLM\\SOFTWARE\\Kept', 'keep', dword(2));
    const summary = importRegFile(
      r,
      crlf(
        HEADER,
        '',
        '[-HKEY_LOCAL_MACHINE\\SOFTWARE\\gone]',
        '',
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Kept]',
        '"DROP"=-',
        '"absent"=-',
        '[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Never]',
      ),
    );
    expect(summary).toEqual({ keysCreated: 0, keysDeleted: 1, valuesSet: 0, valuesDeleted: 1 });
    expect(r.keyExists('HKLM\\SOFTWARE\\Gone')).toBe(false);
    expect(r.values('HKLM\\SOFTWARE\\Kept')).toEqual([{ type: 'REG_DWORD', data: 2, name: 'keep' }]);
  });

  it('reads UTF-16LE with a byte-order mark and UTF-8 with or without one', () => {
    const text = crlf(HEADER, '', '[HKEY_LOCAL_MACHINE\\SOFTWARE\\T]', '"ä"="€"', '');
    for (const bytes of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      Buffer.from(text, 'utf8'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    ]) {
      const r = Registry.windows();
      importRegFile(r, new Uint8Array(bytes));
      expect(r.getValue('HKLM\\SOFTWARE\\T', 'Ä')).toEqual({ type: 'REG_SZ', data: '€', name: 'ä' });
    }
  });

  it('writes through views and links', () => {
    const r = Registry.windows();
    importRegFile(
      r,
      crlf(
        HEADER,
        '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\HIMDS]',
        '"Start"=dword:00000002',
        '[HKEY_CURRENT_USER\\Software\\V]',
      ),
    );
    expect(r.getValue('HKLM\\SYSTEM\\ControlSet001\\Services\\HIMDS', 'Start')?.data).toBe(2);
    expect(r.keyExists('HKEY_USERS\\S-1-5-18\\Software\\V')).toBe(true);
  });

  it('changes nothing when the file is malformed anywhere, and names the file and line', () => {
    const r = Registry.windows();
    r.createKey('HKLM\\SOFTWARE\\Existing');
    r.setValue('HKLM\\SOFTWARE\\Existing', 'v', sz('before'));
    const before = dumpRegistry(r);
    const text = crlf(
      HEADER,
      '',
      '[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Existing]',
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\New]',
      '"ok"=dword:00000001',
      '"bad"=dword:zz',
    );
    const error = thrown(() => importRegFile(r, text, 'C:\\images\\base.reg'));
    expect(error).toBeInstanceOf(RegFileError);
    expect((error as Error).message).toBe(
      'C:\\images\\base.reg:6: expected "string", dword:XXXXXXXX, hex:..., hex(N):... or -',
    );
    expect(dumpRegistry(r)).toEqual(before);
  });

  it('imports what exportRegFile wrote into another registry', () => {
    const source = Registry.windows();
    source.createKey('HKLM\\SOFTWARE\\T\\Sub');
    source.setValue('HKLM\\SOFTWARE\\T', 'v', dword(1));
    const target = Registry.windows();
    importRegFile(target, exportRegFile(source, ['HKLM\\SOFTWARE\\T']));
    expect(dumpRegistry(target)).toEqual(dumpRegistry(source));
  });
});

describe('applyRegFileOps', () => {
  it('carries out operations in order', () => {
    const r = Registry.windows();
    const ops = parseRegFile(
      crlf(
        HEADER,
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\T]',
        '"a"=dword:1',
        '[-HKEY_LOCAL_MACHINE\\SOFTWARE\\T]',
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\T]',
        '"b"=dword:2',
      ),
    );
    expect(applyRegFileOps(r, ops)).toEqual({
      keysCreated: 2,
      keysDeleted: 1,
      valuesSet: 2,
      valuesDeleted: 0,
    });
    expect(r.values('HKLM\\SOFTWARE\\T')).toEqual([{ type: 'REG_DWORD', data: 2, name: 'b' }]);
  });
});
