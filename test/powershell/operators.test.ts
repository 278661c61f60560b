import { describe, expect, it } from 'vitest';
import { firstError, lines, run, useGrammar } from './helpers.js';

useGrammar();

const out = (source: string) => run(source).output;

describe('equality: the left operand decides (DOC: about_Comparison_Operators)', () => {
  it.each([
    ["'10' -eq 10", true],
    ["10 -eq '10.0'", true],
    // DOC (LanguagePrimitives.ConvertStringToInteger): '10.5' becomes an Int32 through a double, rounding to even.
    ["10 -eq '10.5'", true],
    ["10 -eq 'abc'", false],
    ["'abc' -eq 'ABC'", true],
    ["'abc' -ieq 'ABC'", true],
    ["'abc' -ceq 'ABC'", false],
    ["'abc' -cne 'ABC'", true],
    ["$true -eq 'false'", true],
    ['$false -eq 0', true],
    ['$null -eq @()', false],
    ['$null -eq $nothing', true],
    ['1.5 -eq 1.5', true],
  ])('%s is %s', (source, expected) => {
    expect(out(source)).toEqual([expected]);
  });

  it('filters a collection on the left', () => {
    expect(out('@(1,2,3) -eq 2')).toEqual([2]);
    expect(out('(@(1,2,3) -eq 2).GetType().FullName')).toEqual(['System.Object[]']);
    expect(out('@(1,2,$null,3) -ne $null')).toEqual([1, 2, 3]);
    expect(out('@(1,2,3) -gt 1')).toEqual([2, 3]);
    expect(out('@() -eq $null')).toEqual([]);
  });
});

describe('ordering comparisons', () => {
  it.each([
    ['10 -gt 9', true],
    ["'10' -gt 9", false],
    ["10 -gt '9'", true],
    ["'a' -lt 'B'", true],
    ["'B' -clt 'b'", false],
    ['5 -ge 5', true],
    ['5 -le 4', false],
    ['$null -lt 0', true],
    ['$null -lt -1', false],
    ['5 -gt $null', true],
    ['-5 -gt $null', false],
    ["'a' -gt $null", true],
  ])('%s is %s', (source, expected) => {
    expect(out(source)).toEqual([expected]);
  });

  it('reports values it cannot compare', () => {
    expect(firstError("5 -gt 'abc'").split('\n')[0]).toBe(
      'Could not compare "5" to "abc". Error: "Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format.""',
    );
  });
});

describe('wildcards and regular expressions', () => {
  it.each([
    ["'abc' -like 'a*'", true],
    ["'abc' -like 'A?C'", true],
    ["'abc' -clike 'A*'", false],
    ["'a[b' -like 'a`[b'", true],
    ["'b' -like '[a-c]'", true],
    ["'abc' -notlike '*d'", true],
    ["'abc' -match 'B'", true],
    ["'abc' -cmatch 'B'", false],
    ["'abc' -notmatch '^b'", true],
  ])('%s is %s', (source, expected) => {
    expect(out(source)).toEqual([expected]);
  });

  it('-match sets $Matches with numbered and named groups', () => {
    expect(
      lines("'key=value' -match '^(?<k>\\w+)=(\\w+)$' | Out-Null; $Matches[0]; $Matches.k; $Matches[1]"),
    ).toEqual(['key=value', 'key', 'value']);
  });

  it('-match on a collection filters it and leaves $Matches alone', () => {
    expect(lines("'x' -match 'x' | Out-Null; @('a1','b','c2') -match '\\d'; $Matches[0]")).toEqual([
      'a1',
      'c2',
      'x',
    ]);
  });

  it('-replace replaces every match, ignoring case unless -creplace', () => {
    expect(
      out(
        "'aaa' -replace 'a', 'b'; 'ABC' -replace 'b', 'x'; 'ABC' -creplace 'b', 'x'; 'abc' -replace 'b'; 'a.b' -replace '.', '-'",
      ),
    ).toEqual(['bbb', 'AxC', 'ABC', 'ac', '---']);
    const named = "'ab' -replace '(?<x>b)', '$" + '{x}$' + "{x}'";
    expect(out(`'Hello' -replace '(l+)', '[$1]'; ${named}; 'ab' -replace 'b', '$0$0'`)).toEqual([
      'He[ll]o',
      'abb',
      'abb',
    ]);
    expect(out("'key=value' -replace '^(?<k>\\w+)=(\\w+)$', '$1'")).toEqual(['value']);
    expect(out("'ab','cb' -replace 'b', 'x'")).toEqual(['ax', 'cx']);
  });

  it('-split by regex, with a maximum, or on white space', () => {
    expect(out("'a,b,,c' -split ','")).toEqual(['a', 'b', '', 'c']);
    expect(out("'AxBXC' -split 'x'")).toEqual(['A', 'B', 'C']);
    expect(out("'a,b,c' -split ',', 2")).toEqual(['a', 'b,c']);
    expect(out("'a1b22c' -split '\\d+'")).toEqual(['a', 'b', 'c']);
    expect(out("-split '  a  b '")).toEqual(['a', 'b']);
  });

  it('-join', () => {
    expect(out("1,2,3 -join ','; -join ('a','b'); 'x' -join ','")).toEqual(['1,2,3', 'ab', 'x']);
  });
});

describe('containment', () => {
  it.each([
    ["1,2,3 -contains '2'", true],
    ["'abc' -contains 'a'", false],
    ["'a','B' -contains 'b'", true],
    ["'a','B' -ccontains 'b'", false],
    ['1,2 -notcontains 3', true],
    ['2 -in 1,2,3', true],
    ["'x' -notin 'a','b'", true],
  ])('%s is %s', (source, expected) => {
    expect(out(source)).toEqual([expected]);
  });
});

describe('arithmetic (DOC: about_Arithmetic_Operators)', () => {
  it('numbers', () => {
    expect(out('5 / 2; 10 / 2; 7 % 3; 2 * 3 + 1; -7 % 3; [int]::MaxValue + 1')).toEqual([
      2.5, 5, 1, 7, -1, 2147483648,
    ]);
  });

  it('the left operand decides: strings concatenate or repeat, arrays concatenate', () => {
    expect(out("'10' - 3; 3 + '10'; 'ab' * 3; $null + 5; $true + 1; 1 + '2.5'")).toEqual([
      7,
      13,
      'ababab',
      5,
      2,
      3.5,
    ]);
    expect(out("'10' + 3")).toEqual(['103']);
    expect(out('@(1,2) * 2')).toEqual([1, 2, 1, 2]);
    expect(out('@(1) + 2 + @(3,4)')).toEqual([1, 2, 3, 4]);
  });

  it('division by zero is a statement-terminating RuntimeException', () => {
    const result = run('1/0\n"after"');
    expect(result.output).toEqual(['after']);
    expect(result.streams[0]?.text).toBe(
      [
        'Attempted to divide by zero.',
        'At line:1 char:1',
        '+ 1/0',
        '+ ~~~',
        '    + CategoryInfo          : NotSpecified: (:) [], RuntimeException',
        '    + FullyQualifiedErrorId : RuntimeException',
      ].join('\n'),
    );
  });

  it('a string that is not a number cannot be subtracted', () => {
    expect(firstError("'abc' - 1").split('\n')[0]).toBe(
      'Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."',
    );
  });

  it('arrays do not subtract', () => {
    expect(firstError('@(1) - 1').split('\n')[0]).toBe(
      "Method invocation failed because [System.Object[]] does not contain a method named 'op_Subtraction'.",
    );
  });

  it('assignment operators', () => {
    expect(out("$i = 5; $i += 2; $i -= 1; $i *= 3; $i /= 2; $i %= 4; $i; $s = 'a'; $s += 'b'; $s")).toEqual([
      1,
      'ab',
    ]);
  });

  it('increments and decrements', () => {
    expect(out('$i = 5; $i++; $j = $i++; $j; $i; --$i; $i; $n++; $n')).toEqual([6, 7, 6, 1]);
  });

  it('bitwise operators', () => {
    expect(out('5 -band 3; 5 -bor 3; 5 -bxor 3; 1 -shl 4; 256 -shr 4; -bnot 0')).toEqual([
      1, 7, 6, 16, 16, -1,
    ]);
  });
});

describe('ranges, logic, format and types', () => {
  it('ranges count up or down', () => {
    expect(out('1..3; 5..3; $n = 2; -1..$n')).toEqual([1, 2, 3, 5, 4, 3, -1, 0, 1, 2]);
  });

  it('logical operators', () => {
    expect(out('$true -and $false; $false -or 1; -not $true; !0; $true -xor $true; !@()')).toEqual([
      false,
      true,
      false,
      true,
      false,
      true,
    ]);
  });

  it('-and does not evaluate its right side when the left is false', () => {
    expect(out('$false -and (1/0)')).toEqual([false]);
  });

  it('-f formats like .NET composite formatting (en-US)', () => {
    expect(
      out(
        "'{0}-{1}' -f 1, 2; '{0:N2}' -f 1234.5; '{0,5}|' -f 'ab'; '{0,-5}|' -f 'ab'; '{0:D3}' -f 7; '{0:X}' -f 255; '{0:x4}' -f 255; '{0:P0}' -f 0.5; '{{0}}' -f 1; '{0:0.00}' -f 3.14159; '{0:F1}' -f 2.25",
      ),
    ).toEqual(['1-2', '1,234.50', '   ab|', 'ab   |', '007', 'FF', '00ff', '50 %', '{0}', '3.14', '2.3']);
  });

  it('-f with too few arguments is a FormatError', () => {
    expect(firstError("'{1}' -f 1").split('\n')[0]).toBe(
      'Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..',
    );
  });

  it('-is, -isnot and -as', () => {
    expect(
      out(
        "5 -is [int]; 'x' -is [string]; @() -is [array]; 5 -isnot [string]; '5' -as [int]; 'x' -as [int]; 5 -is 'int'",
      ),
    ).toEqual([true, true, true, true, 5, null, true]);
  });
});
