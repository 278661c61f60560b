import { describe, expect, it } from 'vitest';
import { binary, dword, multiSz, qword, sz } from '../../../simulators/registry/index.js';
import { run, streamsOf, testMachine, useGrammar } from './helpers.js';

useGrammar();

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Wine\\reg_test';
const OK = 'The operation completed successfully.';
const NOT_FOUND = 'ERROR: The system was unable to find the specified registry key or value.';

describe('reg add', () => {
  it('writes the success text to stdout, sets $LASTEXITCODE 0 and $? True', () => {
    const result = run(
      `reg add HKLM\\SOFTWARE\\Wine\\reg_test /v Test1 /t REG_SZ /d "Hello, World" /f\n"$LASTEXITCODE $?"`,
    );
    expect(streamsOf(result)).toEqual([
      ['output', OK],
      ['output', '0 True'],
    ]);
    expect(result.machine.registry.getValue(KEY, 'Test1')).toEqual({ name: 'Test1', ...sz('Hello, World') });
  });

  it("types and data as Windows reads them (3P: Wine's tests, run on Windows)", () => {
    const result = run(`
reg add HKLM\\SOFTWARE\\Wine\\reg_test /v d /t REG_DWORD /d 0x10 /f
reg.exe add HKLM\\SOFTWARE\\Wine\\reg_test /v d8 /t reg_dword /d 0123 /f
REG ADD HKLM\\SOFTWARE\\Wine\\reg_test /v q /t REG_QWORD /d -1 /f
reg add HKLM\\SOFTWARE\\Wine\\reg_test /v b /t REG_BINARY /d DeAdBeEf0DD /f
reg add HKLM\\SOFTWARE\\Wine\\reg_test /v m /t REG_MULTI_SZ /d "a\\0b" /f
reg add HKLM\\SOFTWARE\\Wine\\reg_test /v m2 /t REG_MULTI_SZ /s '#' /d "a#b#c" /f
reg add HKLM\\SOFTWARE\\Wine\\reg_test /f
`);
    const registry = result.machine.registry;
    expect(registry.values(KEY)).toEqual([
      { name: 'd', ...dword(16) },
      { name: 'd8', ...dword(123) },
      { name: 'q', ...qword(0xffffffffffffffffn) },
      { name: 'b', ...binary([0x0d, 0xea, 0xdb, 0xee, 0xf0, 0xdd]) },
      { name: 'm', ...multiSz(['a', 'b']) },
      { name: 'm2', ...multiSz(['a', 'b', 'c']) },
      { name: '', ...sz('') },
    ]);
    expect(result.output).toEqual(Array(7).fill(OK));
  });

  it('bad syntax or data: "ERROR: Invalid syntax." on stderr, exit code 1, $? False (3P)', () => {
    const result = run(`
reg add HKLM\\SOFTWARE\\Wine\\reg_test /v x /ve
"$LASTEXITCODE $?"
reg add HKLM\\SOFTWARE\\Wine\\reg_test /v x /t REG_DWORD /d zzz /f
reg add HKLM\\SOFTWARE\\Wine\\reg_test /v x /t REG_DWORD /f
reg add HKLM\\SOFTWARE\\Wine\\reg_test /v x /t REG_DWORD /d 4294967296 /f
reg add HKLM\\SOFTWARE\\Wine\\reg_test /v x /f /f
reg add
"$LASTEXITCODE"
`);
    const syntax = ['ERROR: Invalid syntax.', 'Type "REG ADD /?" for usage.'];
    expect(streamsOf(result)).toEqual([
      ...syntax.map((t) => ['host', t]),
      ['output', '1 False'],
      ...Array(4)
        .fill(syntax)
        .flat()
        .map((t) => ['host', t]),
      ['host', 'ERROR: Invalid syntax.'],
      ['host', 'Type "REG ADD /?" for usage.'],
      ['output', '1'],
    ]);
    expect(result.machine.registry.keyExists(KEY)).toBe(false);
  });

  it("an invalid key name (INFER: the syntax error's shape)", () => {
    const result = run(
      'reg add HKLM:\\SOFTWARE\\x /f; reg add \\HKLM\\SOFTWARE\\x /f; reg add HKCU\\ /v a /d b /f',
    );
    expect(streamsOf(result).filter((_, i) => i % 2 === 0)).toEqual(
      Array(3).fill(['host', 'ERROR: Invalid key name.']),
    );
  });

  it('an existing value asks "Value <name> exists, overwrite(Yes/No)? " unless /f (3P)', () => {
    const { machine, clock } = testMachine();
    machine.registry.createKey(KEY);
    machine.registry.setValue(KEY, 'v', sz('old'));
    const no = run('reg add HKLM\\SOFTWARE\\Wine\\reg_test /v v /d new; "$LASTEXITCODE"', {
      machine,
      clock,
      confirm: false,
    });
    expect(no.prompts.map((p) => p.message)).toEqual(['Value v exists, overwrite(Yes/No)? ']);
    expect(no.output).toEqual([
      'Value v exists, overwrite(Yes/No)? The operation was canceled by the user.',
      '0',
    ]);
    expect(machine.registry.getValue(KEY, 'v')?.data).toBe('old');
    const yes = run('reg add HKLM\\SOFTWARE\\Wine\\reg_test /v v /d new', { machine, clock, confirm: true });
    // 3P: with its output captured, the answer is not echoed: prompt and result share a line.
    expect(yes.output).toEqual([`Value v exists, overwrite(Yes/No)? ${OK}`]);
    expect(machine.registry.getValue(KEY, 'v')?.data).toBe('new');
    const piped = run("'n' | reg add HKLM\\SOFTWARE\\Wine\\reg_test /v v /d newer", {
      machine,
      clock,
      confirm: true,
    });
    expect(piped.prompts).toEqual([]);
    expect(machine.registry.getValue(KEY, 'v')?.data).toBe('new');
  });

  it('2>$null drops the error text; the output can be captured (reg-stderr.test.ts: the records)', () => {
    const result = run(
      'reg query HKLM\\SOFTWARE\\Nope 2>$null; "$LASTEXITCODE"; $lines = reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard; $lines.Count',
    );
    expect(streamsOf(result)).toEqual([
      ['output', '1'],
      ['output', '6'],
    ]);
  });
});

describe('reg query', () => {
  it("prints values and subkeys as Windows does (3P: Wine's byte-exact tests on Windows)", () => {
    const { machine, clock } = testMachine();
    machine.registry.createKey(`${KEY}\\subkey`);
    machine.registry.setValue(KEY, 'Test1', sz('Hello, World'));
    machine.registry.setValue(KEY, 'Test2', dword(0x123));
    machine.registry.setValue(`${KEY}\\subkey`, 'Test3', sz('Some string data'));
    const plain = run('reg query HKLM\\SOFTWARE\\Wine\\reg_test', { machine, clock });
    expect(plain.output).toEqual([
      '',
      KEY,
      '    Test1    REG_SZ    Hello, World',
      '    Test2    REG_DWORD    0x123',
      '',
      `${KEY}\\subkey`,
    ]);
    const recursive = run('reg query HKLM\\SOFTWARE\\Wine\\reg_test /s', { machine, clock });
    expect(recursive.output).toEqual([
      '',
      KEY,
      '    Test1    REG_SZ    Hello, World',
      '    Test2    REG_DWORD    0x123',
      '',
      `${KEY}\\subkey`,
      '    Test3    REG_SZ    Some string data',
      '',
    ]);
    const value = run(
      'reg query HKLM\\SOFTWARE\\Wine\\reg_test /v test2; reg query HKLM\\SOFTWARE\\Wine\\reg_test /v Test3 /s',
      {
        machine,
        clock,
      },
    );
    expect(value.output).toEqual([
      '',
      KEY,
      '    Test2    REG_DWORD    0x123',
      '',
      '',
      `${KEY}\\subkey`,
      '    Test3    REG_SZ    Some string data',
      '',
      'End of search: 1 match(es) found.',
    ]);
  });

  it('/ve shows the unnamed value, "(value not set)" when there is none', () => {
    const { machine, clock } = testMachine();
    machine.registry.createKey(KEY);
    expect(run('reg query HKLM\\SOFTWARE\\Wine\\reg_test /ve', { machine, clock }).output).toEqual([
      '',
      KEY,
      '    (Default)    REG_SZ    (value not set)',
      '',
    ]);
  });

  it('a missing key or value: the not-found text on stderr, exit code 1 (3P)', () => {
    const result = run(
      'reg query HKLM\\SOFTWARE\\Nope; "$LASTEXITCODE"; reg query HKLM\\SYSTEM /v Nope; "$LASTEXITCODE"',
    );
    expect(result.text).toBe([NOT_FOUND, '1', NOT_FOUND, '1'].join('\n'));
  });
});

describe('reg delete', () => {
  it('deletes a value, all values or the key with /f', () => {
    const { machine, clock } = testMachine();
    machine.registry.createKey(`${KEY}\\sub`);
    machine.registry.setValue(KEY, 'a', sz('1'));
    machine.registry.setValue(KEY, 'b', sz('2'));
    const result = run(
      `
reg delete HKLM\\SOFTWARE\\Wine\\reg_test /v a /f
reg delete HKLM\\SOFTWARE\\Wine\\reg_test /v a /f
reg delete HKLM\\SOFTWARE\\Wine\\reg_test /va /f
reg delete HKLM\\SOFTWARE\\Wine\\reg_test /f
reg delete HKLM\\SOFTWARE\\Wine\\reg_test /f
`,
      { machine, clock },
    );
    expect(result.text).toBe([OK, NOT_FOUND, OK, OK, NOT_FOUND].join('\n'));
    expect(machine.registry.keyExists(KEY)).toBe(false);
  });

  it('asks "Permanently delete the registry key <key> (Yes/No)? " without /f (3P)', () => {
    const { machine, clock } = testMachine();
    machine.registry.createKey(KEY);
    const no = run('reg delete HKLM\\SOFTWARE\\Wine\\reg_test', { machine, clock, confirm: false });
    expect(no.prompts.map((p) => p.message)).toEqual([
      `Permanently delete the registry key ${KEY} (Yes/No)? `,
    ]);
    expect(machine.registry.keyExists(KEY)).toBe(true);
    const yes = run('reg delete HKLM\\SOFTWARE\\Wine\\reg_test', { machine, clock, confirm: true });
    expect(yes.output).toEqual([`Permanently delete the registry key ${KEY} (Yes/No)? `, OK]);
    expect(machine.registry.keyExists(KEY)).toBe(false);
  });
});

describe('reg export and reg import', () => {
  it('export writes a UTF-16 .reg file; import puts it back', () => {
    const { machine, clock } = testMachine();
    machine.registry.createKey(KEY);
    machine.registry.setValue(KEY, 'a', dword(1));
    const result = run(
      `
reg export HKLM\\SOFTWARE\\Wine C:\\wine.reg
reg delete HKLM\\SOFTWARE\\Wine /f
reg import C:\\wine.reg
reg export HKLM\\SOFTWARE\\Wine C:\\wine.reg /y
`,
      { machine, clock },
    );
    expect(result.output).toEqual([OK, OK, OK, OK]);
    expect([...machine.disk.readBytes('C:\\wine.reg').subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(machine.registry.getValue(KEY, 'a')?.data).toBe(1);
  });

  it('an existing file asks before it is overwritten; a missing key or file fails', () => {
    const { machine, clock } = testMachine();
    machine.disk.writeFile('C:\\x.reg', 'x');
    const result = run(
      'reg export HKLM\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard C:\\x.reg; reg export HKLM\\Nope C:\\y.reg; reg import C:\\none.reg',
      { machine, clock, confirm: false },
    );
    expect(result.text).toBe(
      [
        'File C:\\x.reg already exists. Overwrite the file (Yes/No)? The operation was canceled by the user.',
        NOT_FOUND,
        'ERROR: Error opening the file. There may be a disk or file system error.',
      ].join('\n'),
    );
    expect(machine.disk.readText('C:\\x.reg')).toBe('x');
  });
});

describe('reg, other', () => {
  it('common parameters are just more arguments to a native program (DOC: about_Parsing)', () => {
    const result = run('reg query HKLM\\SYSTEM -ErrorAction Stop; "$LASTEXITCODE"');
    expect(result.text).toBe(['ERROR: Invalid syntax.', 'Type "REG QUERY /?" for usage.', '1'].join('\n'));
  });

  it('operations not emulated are refused with a [hotpatch-harness] line and exit code 1', () => {
    const result = run('reg copy HKLM\\A HKLM\\B; "$LASTEXITCODE"; reg query /?');
    expect(result.text).toBe(
      [
        '[hotpatch-harness] reg.exe: REG COPY is not emulated.',
        '1',
        '[hotpatch-harness] reg.exe: help (/?) is not emulated.',
      ].join('\n'),
    );
  });
});

describe('native arguments', () => {
  it('an empty string argument never reaches the program (3P: 5.1 drops it from the command line)', () => {
    // /d "" leaves /d without data, so /f is taken as the data and the value gets "/f".
    const result = run('reg add HKLM\\SOFTWARE\\Wine\\reg_test /v e /d "" /f');
    expect(result.output).toEqual([OK]);
    expect(result.machine.registry.getValue(KEY, 'e')).toEqual({ name: 'e', ...sz('/f') });
  });
});
