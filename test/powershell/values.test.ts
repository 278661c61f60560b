import { describe, expect, it } from 'vitest';
import { PSArrayList, PSHashtable, PSObject } from '../../simulators/powershell/index.js';
import { thrown } from '../support/thrown.js';
import { firstError, lines, run, useGrammar } from './helpers.js';

useGrammar();

const out = (source: string) => run(source).output;

describe('numbers (DOC: about_Numeric_Literals)', () => {
  it('reads decimal, hex, real and multiplier literals', () => {
    expect(out('42; 0x1F; 1.5; .5; 1e3; 10kb; 1.5KB; 2mb; 5l')).toEqual([
      42, 31, 1.5, 0.5, 1000, 10240, 1536, 2097152, 5,
    ]);
  });

  it('reads a 32-bit hex literal as a signed Int32, as 5.1 does', () => {
    expect(out('0xFFFFFFFF; 0x80000000; 0x100000000')).toEqual([-1, -2147483648, 4294967296]);
  });

  it('types integers as Int32, then Int64, and fractions as Double', () => {
    expect(
      lines('(5).GetType().FullName; (5000000000).GetType().FullName; (1.5).GetType().FullName'),
    ).toEqual(['System.Int32', 'System.Int64', 'System.Double']);
  });

  it('prints doubles as .NET Framework does (15 significant digits)', () => {
    expect(lines('1/3; 0.1 + 0.2; 2/3; 1e20; 1.5e-7; -2.5')).toEqual([
      '0.333333333333333',
      '0.3',
      '0.666666666666667',
      '1E+20',
      '1.5E-07',
      '-2.5',
    ]);
  });
});

describe('arrays (DOC: about_Arrays)', () => {
  it('are made by the comma operator and @()', () => {
    expect(
      lines(
        '(1,2,3).Count; @().Count; @(1).Count; (,1).Count; @(@(1,2)).Count; (,(1,2)).Count; @($null).Count',
      ),
    ).toEqual(['3', '0', '1', '1', '2', '1', '1']);
  });

  it('index from the end with negative numbers, slice with lists and ranges, and give $null past the end', () => {
    expect(lines('$a = 10,20,30,40; $a[-1]; $a[0,2]; $a[1..2]; "[$($a[9])]"')).toEqual([
      '40',
      '10',
      '30',
      '20',
      '30',
      '[]',
    ]);
  });

  it('are fixed-size: Add fails as in .NET', () => {
    expect(firstError('$a = 1,2; $a.Add(3)').split('\n')[0]).toBe(
      'Exception calling "Add" with "1" argument(s): "Collection was of a fixed size."',
    );
  });

  it('grow with += and assign by index; an index past the end fails', () => {
    expect(lines('$a = 1,2; $a += 3; $a[0] = 9; $a -join ","')).toEqual(['9,2,3']);
    expect(firstError('$a = 1,2; $a[5] = 1').split('\n')[0]).toBe(
      'Index was outside the bounds of the array.',
    );
  });

  it('an ArrayList grows with Add, which returns the index', () => {
    expect(
      lines('$l = [System.Collections.ArrayList]@(); $l.Add("a"); [void]$l.Add("b"); $l.Count; $l -join ","'),
    ).toEqual(['0', '2', 'a,b']);
    expect(lines('([System.Collections.ArrayList]@(1)).GetType().FullName')).toEqual([
      'System.Collections.ArrayList',
    ]);
    expect(out('$l = [System.Collections.ArrayList]@(1); ,$l')[0]).toBeInstanceOf(PSArrayList);
  });
});

describe('hashtables (DOC: about_Hash_Tables)', () => {
  it('have case-insensitive keys, read as properties or by index', () => {
    expect(lines("$h = @{Name='a'}; $h.name; $h['NAME']; $h.ContainsKey('nAmE'); $h.Count")).toEqual([
      'a',
      'a',
      'True',
      '1',
    ]);
  });

  it('keep insertion order, and [ordered] makes an OrderedDictionary', () => {
    expect(lines('$h = [ordered]@{z=1; a=2}; $h.Keys; $h.GetType().FullName')).toEqual([
      'z',
      'a',
      'System.Collections.Specialized.OrderedDictionary',
    ]);
    expect(out('@{}')[0]).toBeInstanceOf(PSHashtable);
  });

  it('add keys by assignment and merge with +', () => {
    expect(
      lines('$h = @{a=1}; $h.b = 2; $h["c"] = 3; $h += @{d=4}; ($h.Keys | Sort-Object) -join ","'),
    ).toEqual(['a,b,c,d']);
  });

  it("refuse a key twice, with .NET's message", () => {
    expect(firstError('@{a=1} + @{a=2}').split('\n')[0]).toBe(
      "Item has already been added. Key in dictionary: 'a'  Key being added: 'a'",
    );
    expect(firstError("$h = @{Name=1}; $h.Add('name', 2)").split('\n')[0]).toBe(
      'Exception calling "Add" with "2" argument(s): "Item has already been added. Key in dictionary: \'Name\'  Key being added: \'name\'"',
    );
    expect(thrown(() => run('@{a=1; A=2}'))).toMatchObject({
      reason: "Duplicate keys 'A' are not allowed in hash literals.",
    });
  });

  it('do not enumerate in a pipeline', () => {
    expect(lines('(@{a=1; b=2} | Measure-Object).Count')).toEqual(['1']);
  });
});

describe('casts and type literals (DOC: about_Type_Conversion)', () => {
  it("convert with PowerShell's rules", () => {
    expect(
      out(
        "[int]'42'; [int]2.5; [int]3.5; [int]'0x10'; [string]$null; [bool]'false'; [bool]0; [bool]@(); [long]'7'; [double]'1.5'",
      ),
    ).toEqual([42, 2, 4, 16, '', true, false, false, 7, 1.5]);
  });

  it('make arrays and typed arrays', () => {
    expect(lines('([array]5).Count; [string[]](1,2) -join "+"; ([int[]]"3")[0] + 1')).toEqual([
      '1',
      '1+2',
      '4',
    ]);
  });

  it('keep the order of a [pscustomobject] literal', () => {
    const [object] = out('[pscustomobject]@{b=1; a=2}');
    expect(object).toBeInstanceOf(PSObject);
    expect((object as PSObject).properties().map((p) => p.name)).toEqual(['b', 'a']);
  });

  it('[void] discards', () => {
    expect(out('[void](1 + 2)')).toEqual([]);
  });

  it('a failed conversion is a statement-terminating error; the script goes on', () => {
    const result = run("[int]'abc'\n'after'");
    expect(result.output).toEqual(['after']);
    expect(result.streams[0]?.text).toBe(
      [
        'Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."',
        'At line:1 char:1',
        "+ [int]'abc'",
        '+ ~~~~~~~~~~',
        '    + CategoryInfo          : InvalidArgument: (:) [], RuntimeException',
        '    + FullyQualifiedErrorId : InvalidCastFromStringToInteger',
      ].join('\n'),
    );
  });

  it('reports overflow', () => {
    expect(firstError("[int]'3000000000'").split('\n')[0]).toBe(
      'Cannot convert value "3000000000" to type "System.Int32". Error: "Value was either too large or too small for an Int32."',
    );
  });

  it('static members of the types it knows', () => {
    expect(
      lines(
        "[string]::IsNullOrEmpty(''); [string]::IsNullOrEmpty($null); [string]::IsNullOrEmpty('x'); [string]::Join(',', @(1,2)); [int]::MaxValue; [math]::Round(2.5); [math]::Round(2.567, 2); [math]::Max(3, 7); [string]::Format('{0}!', 'hi')",
      ),
    ).toEqual(['True', 'True', 'False', '1,2', '2147483647', '2', '2.57', '7', 'hi!']);
  });

  it('an unknown static method is MethodNotFound', () => {
    expect(firstError('[string]::Nope()').split('\n')[0]).toBe(
      "Method invocation failed because [System.String] does not contain a method named 'Nope'.",
    );
  });
});
