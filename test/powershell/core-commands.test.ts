import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../simulators/shared/clock.js';
import { console, firstError, lines, run, useGrammar } from './helpers.js';

useGrammar();

const out = (source: string) => run(source).output;

describe('Write-Host', () => {
  it('writes to the host stream, joining arguments and collections with spaces; colours are accepted', () => {
    const result = run(
      "Write-Host 'a' 'b' -ForegroundColor Green; Write-Host 1,2 -Separator '-'; Write-Host; 'x', 'y' | Write-Host",
    );
    expect(result.output).toEqual([]);
    expect(result.streams.map((s) => [s.stream, s.text])).toEqual([
      ['host', 'a b'],
      ['host', '1-2'],
      ['host', ''],
      ['host', 'x'],
      ['host', 'y'],
    ]);
  });

  it('goes to the information stream: 6>$null and *>$null drop it', () => {
    expect(console("Write-Host 'a' 6> $null; Write-Host 'b' *> $null; Write-Host 'c'")).toBe('c');
  });

  it('checks the colour names', () => {
    expect(firstError('Write-Host x -ForegroundColor Plaid').split('\n')[0]).toContain(
      'Cannot bind parameter \'ForegroundColor\'. Cannot convert value "Plaid" to type "System.ConsoleColor".',
    );
  });
});

describe('Write-Output and its aliases', () => {
  it('enumerates unless -NoEnumerate; echo and write are aliases', () => {
    expect(out('Write-Output 1,2; echo 3 4; write 5; @(Write-Output @(1,2) -NoEnumerate).Count')).toEqual([
      1, 2, 3, 4, 5, 1,
    ]);
  });

  it('needs something to write (3P: MissingMandatoryParameter,Microsoft.PowerShell.Commands.WriteOutputCommand)', () => {
    expect(firstError('Write-Output').split('\n').slice(-1)[0]).toBe(
      '    + FullyQualifiedErrorId : MissingMandatoryParameter,Microsoft.PowerShell.Commands.WriteOutputCommand',
    );
  });
});

describe('Write-Warning and Write-Verbose', () => {
  it('Write-Warning prefixes WARNING: and follows $WarningPreference / -WarningAction', () => {
    expect(
      console(
        "Write-Warning 'w1'; Write-Warning 'w2' -WarningAction SilentlyContinue; $WarningPreference = 'SilentlyContinue'; Write-Warning 'w3'",
      ),
    ).toBe('WARNING: w1');
  });

  it('Write-Verbose shows only with -Verbose or $VerbosePreference = Continue', () => {
    expect(
      console(
        "Write-Verbose 'v1'; Write-Verbose 'v2' -Verbose; $VerbosePreference = 'Continue'; Write-Verbose 'v3'; Write-Verbose 'v4' -Verbose:$false",
      ),
    ).toBe('VERBOSE: v2\nVERBOSE: v3');
  });
});

describe('Select-Object', () => {
  it('-Property makes new objects, $null for properties the input lacks, with calculated properties', () => {
    expect(
      lines(
        "[pscustomobject]@{A=1; B=2} | Select-Object A, C, @{Name='D'; Expression={ $_.B * 10 }}, @{n='E'; e='B'}",
      ),
    ).toEqual(['A C  D E', '- -  - -', '1   20 2']);
  });

  it('-First, -Last, -Skip, -Unique', () => {
    expect(
      out(
        '1..5 | Select-Object -First 2; 1..5 | Select-Object -Last 2; 1..5 | Select-Object -Skip 3; 1,1,2,1 | Select-Object -Unique',
      ),
    ).toEqual([1, 2, 4, 5, 4, 5, 1, 2]);
  });

  it('-ExpandProperty outputs the value, enumerating collections; a missing property is an error per object', () => {
    expect(out('[pscustomobject]@{L=1,2}, [pscustomobject]@{L=3} | Select-Object -ExpandProperty L')).toEqual(
      [1, 2, 3],
    );
    expect(firstError('[pscustomobject]@{A=1} | Select-Object -ExpandProperty B')).toBe(
      [
        'Select-Object : Property "B" cannot be found.',
        'At line:1 char:26',
        '+ [pscustomobject]@{A=1} | Select-Object -ExpandProperty B',
        '+                          ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
        '    + CategoryInfo          : InvalidArgument: (@{A=1}:PSCustomObject) [Select-Object], PSArgumentException',
        '    + FullyQualifiedErrorId : ExpandPropertyNotFound,Microsoft.PowerShell.Commands.SelectObjectCommand',
      ].join('\n'),
    );
  });

  it('select is an alias; property names may use wildcards', () => {
    expect(lines('[pscustomobject]@{Alpha=1; Beta=2; Alps=3} | select Al*')).toEqual([
      'Alpha Alps',
      '----- ----',
      '    1    3',
    ]);
  });
});

describe('Where-Object', () => {
  it('filters with a script block, or the simplified syntax; ? and where are aliases', () => {
    expect(out('1..5 | Where-Object { $_ % 2 }; 1..5 | ? { $_ -gt 4 }')).toEqual([1, 3, 5, 5]);
    expect(out("'a','bb','ccc' | where Length -ge 2; 'a','b' | Where-Object { $_ -eq 'B' }")).toEqual([
      'bb',
      'ccc',
      'b',
    ]);
  });

  it('the simplified syntax takes the comparison switches', () => {
    const data =
      "$d = [pscustomobject]@{N='web01';S='Running'}, [pscustomobject]@{N='db01';S='Stopped'}, [pscustomobject]@{N='web02';S=''};";
    expect(out(`${data} ($d | Where-Object S -eq running).N`)).toEqual(['web01']);
    expect(out(`${data} ($d | Where-Object S -ceq running).Count`)).toEqual([0]);
    expect(out(`${data} ($d | Where-Object N -like 'web*').N`)).toEqual(['web01', 'web02']);
    expect(out(`${data} ($d | Where-Object N -match '^db').N`)).toEqual(['db01']);
    expect(out(`${data} ($d | Where-Object S).N`)).toEqual(['web01', 'db01']);
    expect(out(`${data} ($d | Where-Object N -in 'db01','x').N`)).toEqual(['db01']);
    expect(out(`${data} ($d | Where-Object S -ne 'Running').N`)).toEqual(['db01', 'web02']);
  });
});

describe('ForEach-Object', () => {
  it('runs the block per object; % and foreach are aliases', () => {
    expect(out('1..3 | ForEach-Object { $_ * 2 }; 1,2 | % { "n$_" }; 1 | foreach { $_ }')).toEqual([
      2,
      4,
      6,
      'n1',
      'n2',
      1,
    ]);
  });

  it('-MemberName outputs a property or calls a method', () => {
    expect(
      out(
        "'ab','c' | ForEach-Object Length; 'ab' | % ToUpper; 'a-b' | ForEach-Object -MemberName Split -ArgumentList '-'",
      ),
    ).toEqual([2, 1, 'AB', 'a', 'b']);
  });

  it('-Begin and -End run once', () => {
    expect(out('1..3 | ForEach-Object -Begin { $t = 0 } -Process { $t += $_ } -End { $t }')).toEqual([6]);
  });
});

describe('Sort-Object', () => {
  it('sorts numbers as numbers and text ignoring case, stably; sort is an alias', () => {
    expect(out("10, 9, 100 | Sort-Object; 'b','A','a','C' | sort")).toEqual([9, 10, 100, 'A', 'a', 'b', 'C']);
  });

  it('-Property, -Descending, -Unique, and per-property direction', () => {
    const data =
      "$d = [pscustomobject]@{N='b';V=1}, [pscustomobject]@{N='a';V=2}, [pscustomobject]@{N='c';V=1};";
    expect(out(`${data} ($d | Sort-Object N).N`)).toEqual(['a', 'b', 'c']);
    expect(out(`${data} ($d | Sort-Object V, N -Descending).N`)).toEqual(['a', 'c', 'b']);
    expect(out(`${data} ($d | Sort-Object @{Expression='V'; Descending=$true}, N).N`)).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(out('3,1,3,2,1 | Sort-Object -Unique')).toEqual([1, 2, 3]);
  });
});

describe('Measure-Object', () => {
  it('counts, and sums, averages, finds the largest and smallest', () => {
    expect(lines('1..4 | Measure-Object -Sum -Average -Maximum -Minimum')).toEqual([
      'Count    : 4',
      'Average  : 2.5',
      'Sum      : 10',
      'Maximum  : 4',
      'Minimum  : 1',
      'Property :',
    ]);
    expect(
      out(
        "('a','b' | Measure-Object).Count; ([pscustomobject]@{V=2}, [pscustomobject]@{V=5} | Measure-Object V -Sum).Sum; measure -InputObject 1 | % Count",
      ),
    ).toEqual([2, 7, 0]);
  });

  it('a value that is not a number is an error', () => {
    expect(firstError("'x' | Measure-Object -Sum").split('\n')[0]).toBe(
      'Measure-Object : Input object "x" is not numeric.',
    );
  });
});

describe('Start-Sleep', () => {
  it('lets virtual time pass through the host clock', () => {
    const clock = new ManualClock('2025-11-11T00:00:00Z');
    run('Start-Sleep 5; Start-Sleep -Milliseconds 250; sleep -s 1', { host: { clock } });
    expect(clock.now() - Date.parse('2025-11-11T00:00:00Z')).toBe(6250);
  });

  it('calls a sleep hook when given one', () => {
    const slept: number[] = [];
    run('Start-Sleep -Seconds 2', { host: { sleep: (ms) => slept.push(ms) } });
    expect(slept).toEqual([2000]);
  });
});

describe('Out-Null and Out-String', () => {
  it('Out-Null discards', () => {
    expect(out('1..3 | Out-Null')).toEqual([]);
  });

  it('Out-String gives the host text as one string ending in a newline, or lines with -Stream', () => {
    expect(out("'a','b' | Out-String; [pscustomobject]@{A=1} | Out-String -Stream")).toEqual([
      'a\nb\n',
      '',
      'A',
      '-',
      '1',
      '',
      '',
    ]);
  });
});
