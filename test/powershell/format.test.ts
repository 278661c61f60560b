import { describe, expect, it } from 'vitest';
import { positionMessage } from '../../simulators/powershell/errors/position-message.js';
import { formatForHost, PSHashtable, PSObject, transcript } from '../../simulators/powershell/index.js';
import { console, run, useGrammar } from './helpers.js';

useGrammar();

const table = (entries: [string, number | string][]) => {
  const h = new PSHashtable();
  for (const [k, v] of entries) h.set(k, v);
  return h;
};

describe('formatForHost: scalars and collections (5.1 Out-Default)', () => {
  it('prints a scalar as itself: $null as nothing, booleans as True/False, doubles as .NET Framework', () => {
    expect(formatForHost(['a', 1, true, null, 2.5, 1 / 3, -0])).toBe('a\n1\nTrue\n2.5\n0.333333333333333\n0');
  });

  it('prints collections one item per line, nested ones too', () => {
    expect(formatForHost([[1, [2, 3]], 'x'])).toBe('1\n2\n3\nx');
  });

  it('prints nothing for no values', () => {
    expect(formatForHost([])).toBe('');
  });
});

describe("formatForHost: tables (3P: PowerShell/PowerShell#8247 shows 5.1's blank lines)", () => {
  it('a hashtable is a Name/Value table whose Name column is 30 wide', () => {
    expect(
      formatForHost([
        table([
          ['a', 1],
          ['bb', 'two'],
        ]),
      ]),
    ).toBe(
      [
        '',
        'Name                           Value',
        '----                           -----',
        'a                              1',
        'bb                             two',
        '',
        '',
      ].join('\n'),
    );
  });

  it('an object with up to four properties is a table; numbers align right', () => {
    const rows = [PSObject.custom({ Name: 'a', Size: 5 }), PSObject.custom({ Name: 'bbb', Size: 100 })];
    expect(formatForHost(rows)).toBe(
      ['', 'Name Size', '---- ----', 'a       5', 'bbb   100', '', ''].join('\n'),
    );
  });

  it('the dash line is as long as each header, not the column', () => {
    expect(formatForHost([PSObject.custom({ A: 'long value', B: true })])).toBe(
      ['', 'A          B', '-          -', 'long value True', '', ''].join('\n'),
    );
  });

  it("later objects of the same type use the first object's columns", () => {
    expect(formatForHost([PSObject.custom({ a: 1 }), PSObject.custom({ b: 2 })])).toBe(
      ['', 'a', '-', '1', '', '', ''].join('\n'),
    );
  });

  it('collections in cells show at most four items', () => {
    expect(formatForHost([PSObject.custom({ List: [1, 2, 3, 4, 5], Empty: null })])).toBe(
      ['', 'List            Empty', '----            -----', '{1, 2, 3, 4...}', '', ''].join('\n'),
    );
  });

  it('a row wider than the 120-column console cuts its last column with "..."', () => {
    const text = formatForHost([PSObject.custom({ Name: 'n', Text: 'x'.repeat(200) })]).split('\n');
    expect(text[3]).toBe(`n    ${'x'.repeat(111)}...`);
    expect(text[3]?.length).toBe(119);
  });
});

describe('formatForHost: lists', () => {
  it('an object with five or more properties is a list, names padded', () => {
    const object = PSObject.custom({ Count: 3, Average: 2, Sum: 6, Maximum: null, Property: 'Size' });
    expect(formatForHost([object])).toBe(
      [
        '',
        '',
        'Count    : 3',
        'Average  : 2',
        'Sum      : 6',
        'Maximum  :',
        'Property : Size',
        '',
        '',
        '',
      ].join('\n'),
    );
  });

  it('separates objects with one blank line', () => {
    const o = (n: number) => PSObject.custom({ A: n, B: n, C: n, D: n, E: n });
    expect(
      formatForHost([o(1), o(2)])
        .split('\n')
        .slice(0, 10),
    ).toEqual(['', '', 'A : 1', 'B : 1', 'C : 1', 'D : 1', 'E : 1', '', 'A : 2', 'B : 2']);
  });
});

describe('PositionMessage (DOC: 5.1 PositionUtilities.VerboseMessage)', () => {
  const extent = (line: number, column: number, endColumn: number) => ({
    line,
    column,
    endLine: line,
    endColumn,
    start: 0,
    end: 0,
  });

  it('quotes the line and marks the extent', () => {
    expect(positionMessage({ source: "'a'\n  Get-Thing x", extent: extent(2, 3, 12) })).toBe(
      'At line:2 char:3\n+   Get-Thing x\n+   ~~~~~~~~~',
    );
    expect(positionMessage({ file: 'C:\\s\\x.ps1', source: 'x', extent: extent(1, 1, 2) })).toBe(
      'At C:\\s\\x.ps1:1 char:1\n+ x\n+ ~',
    );
  });

  it('cuts a long line around the extent (3P: real 5.1 output)', () => {
    const line =
      "N'$sb = { param($server,$pat1,$pat2) ' + Start-Job -ScriptBlock $sb -ArgumentList $secondary,$pat1,$pat2 | Out-Null; Wait-Job | Receive-Job\"';";
    const start = line.indexOf('Wait-Job') + 1;
    expect(positionMessage({ source: line, extent: extent(1, start, start + 8) }).split('\n')).toEqual([
      `At line:1 char:${start}`,
      '+ ... $sb -ArgumentList $secondary,$pat1,$pat2 | Out-Null; Wait-Job | Recei ...',
      `+ ${' '.repeat(57)}~~~~~~~~`,
    ]);
  });

  it('keeps the start of a long line when the extent starts it', () => {
    const line =
      'curl -s http://127.0.0.1:19222/json 2>$null | ConvertFrom-Json | Select-Object title, url -First 3';
    expect(positionMessage({ source: line, extent: extent(1, 1, 44) }).split('\n')).toEqual([
      'At line:1 char:1',
      '+ curl -s http://127.0.0.1:19222/json 2>$null | ConvertFrom-Json | Sele ...',
      `+ ${'~'.repeat(43)}`,
    ]);
  });

  it('expands tabs to four spaces', () => {
    expect(positionMessage({ source: '\tx', extent: extent(1, 2, 3) })).toBe(
      'At line:1 char:2\n+     x\n+     ~',
    );
  });
});

describe('the transcript of a run', () => {
  it('groups consecutive output objects and keeps other streams in order', () => {
    const text = console(
      "[pscustomobject]@{A=1}; [pscustomobject]@{A=2}; Write-Host 'host'; Write-Warning 'careful'; 'text'",
    );
    expect(text).toBe(['', 'A', '-', '1', '2', '', '', 'host', 'WARNING: careful', 'text'].join('\n'));
  });

  it('joins Write-Host -NoNewline with what follows', () => {
    expect(console("Write-Host 'a' -NoNewline; Write-Host 'b'; Write-Host 'c'")).toBe('ab\nc');
  });

  it('each stream entry has its text and line', () => {
    const result = run("'a'\nWrite-Host 'b'\nWrite-Warning 'c'\nWrite-Verbose 'd' -Verbose");
    expect(result.streams.map(({ stream, text, line }) => ({ stream, text, line }))).toEqual([
      { stream: 'output', text: 'a', line: 1 },
      { stream: 'host', text: 'b', line: 2 },
      { stream: 'warning', text: 'WARNING: c', line: 3 },
      { stream: 'verbose', text: 'VERBOSE: d', line: 4 },
    ]);
    expect(transcript(result.streams)).toBe('a\nb\nWARNING: c\nVERBOSE: d');
  });
});
