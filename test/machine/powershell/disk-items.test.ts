import { describe, expect, it } from 'vitest';
import { firstError, run, streamsOf, testMachine, useGrammar } from './helpers.js';

useGrammar();

describe('New-Item on the disk', () => {
  it('creates files (the default type) and folders; writes FileInfo and DirectoryInfo', () => {
    const result = run(`
$d = New-Item -Path 'C:\\Temp\\Logs' -ItemType Directory
$f = New-Item -Path 'C:\\Temp\\Logs\\a.txt' -Value 'hello'
$d.GetType().FullName; $d.Mode; $d.FullName; $d.PSIsContainer
$f.GetType().FullName; $f.Mode; $f.Name; $f.Length; $f.Extension; $f.BaseName; $f.DirectoryName; "$f"; $f.PSPath
`);
    expect(result.output).toEqual([
      'System.IO.DirectoryInfo',
      'd-----',
      'C:\\Temp\\Logs',
      true,
      'System.IO.FileInfo',
      '-a----',
      'a.txt',
      5,
      '.txt',
      'a',
      'C:\\Temp\\Logs',
      'C:\\Temp\\Logs\\a.txt',
      'Microsoft.PowerShell.Core\\FileSystem::C:\\Temp\\Logs\\a.txt',
    ]);
    expect(result.machine.disk.readText('C:\\Temp\\Logs\\a.txt')).toBe('hello');
  });

  it('a file needs its folder unless -Force; an existing file needs -Force, which empties it', () => {
    const { machine, clock } = testMachine();
    const result = run(
      `
New-Item 'C:\\Nope\\x.txt' -ItemType File
New-Item 'C:\\Deep\\er\\x.txt' -ItemType File -Force -Value 'one' | Out-Null
New-Item 'C:\\Deep\\er\\x.txt' -ItemType File
New-Item 'C:\\Deep\\er\\x.txt' -ItemType File -Force | Out-Null
`,
      { machine, clock },
    );
    const errors = result.streams.filter((s) => s.stream === 'error').map((s) => s.record);
    expect(errors.map((r) => [r?.exception.message, r?.fullyQualifiedErrorId])).toEqual([
      [
        "Could not find a part of the path 'C:\\Nope\\x.txt'.",
        'NewItemIOError,Microsoft.PowerShell.Commands.NewItemCommand',
      ],
      [
        "The file 'C:\\Deep\\er\\x.txt' already exists.",
        'NewItemIOError,Microsoft.PowerShell.Commands.NewItemCommand',
      ],
    ]);
    expect(machine.disk.readText('C:\\Deep\\er\\x.txt')).toBe('');
  });

  it('an existing folder is "An item with the specified name ... already exists." unless -Force', () => {
    const result = run(
      "New-Item 'C:\\ProgramData' -ItemType Directory; (New-Item 'C:\\ProgramData' -ItemType Directory -Force).Name",
    );
    expect(firstError(result)).toEqual({
      line: 'New-Item : An item with the specified name C:\\ProgramData already exists.',
      category: 'ResourceExists: (C:\\ProgramData:String) [New-Item], IOException',
      id: 'DirectoryExist,Microsoft.PowerShell.Commands.NewItemCommand',
    });
    expect(result.output).toEqual(['ProgramData']);
  });

  it('-WhatIf says "Create File" / "Create Directory" on "Destination: <path>"; other types are refused', () => {
    const result = run("New-Item 'C:\\x.txt' -WhatIf; New-Item 'C:\\d' -ItemType Directory -WhatIf");
    expect(streamsOf(result)).toEqual([
      ['host', 'What if: Performing the operation "Create File" on target "Destination: C:\\x.txt".'],
      ['host', 'What if: Performing the operation "Create Directory" on target "Destination: C:\\d".'],
    ]);
    expect(() => run("New-Item 'C:\\l' -ItemType SymbolicLink -Value 'C:\\Windows'")).toThrow(
      /New-Item -ItemType SymbolicLink/,
    );
  });
});

describe('Get-ChildItem on the disk', () => {
  it('lists folders first, then files; -Recurse after each folder; -File, -Directory, -Filter, -Name', () => {
    const { machine, clock } = testMachine();
    machine.disk.mkdir('C:\\T\\b');
    machine.disk.mkdir('C:\\T\\A');
    machine.disk.writeFile('C:\\T\\z.txt', 'z');
    machine.disk.writeFile('C:\\T\\a.log', 'a');
    machine.disk.writeFile('C:\\T\\b\\in.txt', 'in');
    const result = run(
      `
(Get-ChildItem C:\\T).Name
'--'
Get-ChildItem C:\\T -Recurse -Name
'--'
(Get-ChildItem C:\\T -File).Name
(Get-ChildItem C:\\T -Directory).Name
(Get-ChildItem C:\\T -Filter *.txt -Recurse).FullName
"$(Get-ChildItem C:\\T -File | Select-Object -First 1)"
`,
      { machine, clock },
    );
    expect(result.output).toEqual([
      'A',
      'b',
      'a.log',
      'z.txt',
      '--',
      'A',
      'b',
      'a.log',
      'z.txt',
      'b\\in.txt',
      '--',
      'a.log',
      'z.txt',
      'A',
      'b',
      'C:\\T\\z.txt',
      'C:\\T\\b\\in.txt',
      'a.log',
    ]);
  });

  it('shows Mode, LastWriteTime, Length and Name', () => {
    const { machine, clock } = testMachine();
    machine.disk.writeFile('C:\\x.txt', 'hello');
    expect(run('Get-ChildItem C:\\x.txt', { machine, clock }).text).toBe(
      [
        '',
        'Mode   LastWriteTime         Length Name',
        '----   -------------         ------ ----',
        '-a---- 10/23/2025 8:00:00 AM      5 x.txt',
        '',
        '',
      ].join('\n'),
    );
  });
});

describe('Get-Content, Set-Content, Add-Content', () => {
  it('Set-Content writes lines with CRLF (ANSI); Get-Content reads them back; Add-Content appends', () => {
    const result = run(`
Set-Content -Path 'C:\\t.txt' -Value 'one', 'two'
'three' | Add-Content 'C:\\t.txt'
Get-Content 'C:\\t.txt'
(Get-Content 'C:\\t.txt' -Raw).Length
Get-Content 'C:\\t.txt' -TotalCount 1
Get-Content 'C:\\t.txt' -Tail 1
gc 'C:\\t.txt' -First 2 | Measure-Object | Select-Object -ExpandProperty Count
`);
    expect(result.output).toEqual(['one', 'two', 'three', 17, 'one', 'three', 2]);
    expect(result.machine.disk.readText('C:\\t.txt')).toBe('one\r\ntwo\r\nthree\r\n');
  });

  it('-NoNewline writes the values back to back; -Encoding UTF8 starts with a byte-order mark', () => {
    const result = run(
      "Set-Content C:\\n.txt -Value 'a','b' -NoNewline; Set-Content C:\\u.txt 'é' -Encoding UTF8; Get-Content C:\\u.txt",
    );
    expect(result.machine.disk.readText('C:\\n.txt')).toBe('ab');
    expect([...result.machine.disk.readBytes('C:\\u.txt')]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xa9, 13, 10]);
    expect(result.output).toEqual(['é']);
  });

  it('a missing file is PathNotFound; a folder is denied; a missing folder cannot be written', () => {
    const result = run("Get-Content C:\\nope.txt; Get-Content C:\\Windows; Set-Content C:\\Nope\\x.txt 'a'");
    const records = result.streams.filter((s) => s.stream === 'error').map((s) => s.record);
    expect(records.map((r) => [r?.exception.message, r?.fullyQualifiedErrorId, r?.category])).toEqual([
      [
        "Cannot find path 'C:\\nope.txt' because it does not exist.",
        'PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand',
        'ObjectNotFound',
      ],
      [
        "Access to the path 'C:\\Windows' is denied.",
        'GetContentReaderUnauthorizedAccessError,Microsoft.PowerShell.Commands.GetContentCommand',
        'PermissionDenied',
      ],
      [
        "Could not find a part of the path 'C:\\Nope\\x.txt'.",
        'GetContentWriterDirectoryNotFoundError,Microsoft.PowerShell.Commands.SetContentCommand',
        'ObjectNotFound',
      ],
    ]);
  });

  it('the registry has no content (3P)', () => {
    expect(firstError(run("Get-Content 'HKLM:\\SOFTWARE'"))).toEqual({
      line: 'Get-Content : Cannot use interface. The IContentCmdletProvider interface is not implemented by this provider.',
      category: 'NotImplemented: (:) [Get-Content], PSNotSupportedException',
      id: 'NotSupported,Microsoft.PowerShell.Commands.GetContentCommand',
    });
  });

  it('-WhatIf says "Set Content" on "Path: <path>"', () => {
    expect(streamsOf(run("Set-Content C:\\w.txt 'a' -WhatIf"))).toEqual([
      ['host', 'What if: Performing the operation "Set Content" on target "Path: C:\\w.txt".'],
    ]);
  });
});

describe('Remove-Item and Test-Path on the disk', () => {
  it('removes files; a folder with entries asks first; Test-Path -PathType tells files from folders', () => {
    const { machine, clock } = testMachine();
    machine.disk.mkdir('C:\\R\\sub');
    machine.disk.writeFile('C:\\R\\f.txt', 'x');
    const result = run(
      `
Test-Path C:\\R\\f.txt -PathType Leaf
Test-Path C:\\R -PathType Leaf
Test-Path C:\\R -PathType Container
Remove-Item C:\\R\\f.txt
Test-Path C:\\R\\f.txt
Remove-Item C:\\R
Test-Path C:\\R
del C:\\R -Recurse
Test-Path C:\\R
`,
      { machine, clock, confirm: false },
    );
    expect(result.output).toEqual([true, false, true, false, true, false]);
    expect(result.prompts.map((p) => p.message)).toEqual([
      'The item at C:\\R has children and the Recurse parameter was not specified. If you continue, all children will be removed with the item. Are you sure you want to continue?',
    ]);
  });

  it('-WhatIf says "Remove File" / "Remove Directory" on the path', () => {
    const { machine, clock } = testMachine();
    machine.disk.writeFile('C:\\w.txt', 'x');
    expect(
      streamsOf(
        run('Remove-Item C:\\w.txt -WhatIf; Remove-Item C:\\ProgramData -Recurse -WhatIf', {
          machine,
          clock,
        }),
      ),
    ).toEqual([
      ['host', 'What if: Performing the operation "Remove File" on target "C:\\w.txt".'],
      ['host', 'What if: Performing the operation "Remove Directory" on target "C:\\ProgramData".'],
    ]);
  });

  it('other drives do not exist: DriveNotFound', () => {
    expect(firstError(run('Get-Item D:\\x'))).toEqual({
      line: "Get-Item : Cannot find drive. A drive with the name 'D' does not exist.",
      category: 'ObjectNotFound: (D:String) [Get-Item], DriveNotFoundException',
      id: 'DriveNotFound,Microsoft.PowerShell.Commands.GetItemCommand',
    });
  });
});
