import { describe, expect, it } from 'vitest';
import { firstError, lines, run, useGrammar } from './helpers.js';

useGrammar();

const out = (source: string) => run(source).output;

describe('properties (DOC: about_Properties)', () => {
  it('Count and Length of arrays and strings; every scalar has a Count of 1, $null of 0', () => {
    expect(out("(1,2,3).Count; (1,2,3).Length; 'abc'.Length; (5).Count; $null.Count; 'abc'.Count")).toEqual([
      3, 3, 3, 1, 0, 1,
    ]);
  });

  it('a property nobody has is $null', () => {
    expect(out("$null -eq 'abc'.Nope; $o = [pscustomobject]@{A=1}; $null -eq $o.B")).toEqual([true, true]);
  });

  it("a collection hands out its items' property values (member enumeration)", () => {
    expect(
      out(
        "$list = [pscustomobject]@{N='a'}, [pscustomobject]@{N='b'}; $list.N; @([pscustomobject]@{N='x'}).N",
      ),
    ).toEqual(['a', 'b', 'x']);
  });

  it('a [pscustomobject] property can be set; a new one cannot', () => {
    expect(out('$o = [pscustomobject]@{A=1}; $o.A = 2; $o.A')).toEqual([2]);
    expect(firstError('$o = [pscustomobject]@{A=1}; $o.B = 2').split('\n')[0]).toBe(
      "The property 'B' cannot be found on this object. Verify that the property exists and can be set.",
    );
  });

  it('indexing $null fails', () => {
    expect(firstError('$x = $null; $x[0]').split('\n')[0]).toBe('Cannot index into a null array.');
  });
});

describe('string methods (DOC: System.String)', () => {
  it('case, trimming, searching', () => {
    expect(
      out(
        "'Hello'.ToUpper(); 'Hello'.ToLower(); '  x  '.Trim(); 'xxaxx'.Trim('x'); '  x'.TrimStart(); 'x  '.TrimEnd() + '|'",
      ),
    ).toEqual(['HELLO', 'hello', 'x', 'a', 'x', 'x|']);
    expect(
      out(
        "'Hello'.Contains('ell'); 'Hello'.Contains('ELL'); 'Hello'.StartsWith('He'); 'Hello'.EndsWith('lo'); 'Hello'.IndexOf('l'); 'Hello'.IndexOf('z')",
      ),
    ).toEqual([true, false, true, true, 2, -1]);
  });

  it('Replace is literal and case-sensitive; Split takes separator characters (.NET Framework)', () => {
    expect(
      out("'a.b.c'.Replace('.', '-'); 'aAa'.Replace('a', 'x'); 'a,b;c'.Split(',;'); ('a b').Split().Count"),
    ).toEqual(['a-b-c', 'xAx', 'a', 'b', 'c', 2]);
  });

  it('Substring, PadLeft, PadRight, Insert, Remove', () => {
    expect(
      out(
        "'Hello'.Substring(1); 'Hello'.Substring(1, 3); '7'.PadLeft(3, '0'); 'a'.PadRight(3) + '|'; 'ac'.Insert(1, 'b'); 'abc'.Remove(1, 1)",
      ),
    ).toEqual(['ello', 'ell', '007', 'a  |', 'abc', 'ac']);
  });

  it('a .NET exception inside a method is "Exception calling ..." (MethodInvocationException)', () => {
    expect(firstError("'abc'.Substring(5)").split('\n')).toEqual([
      'Exception calling "Substring" with "1" argument(s): "startIndex cannot be larger than length of string.',
      'Parameter name: startIndex"',
      'At line:1 char:1',
      "+ 'abc'.Substring(5)",
      '+ ~~~~~~~~~~~~~~~~~~',
      '    + CategoryInfo          : NotSpecified: (:) [], MethodInvocationException',
      '    + FullyQualifiedErrorId : ArgumentOutOfRangeException',
    ]);
  });

  it('a method the value lacks is MethodNotFound; calling on $null is InvokeMethodOnNull', () => {
    expect(firstError("'abc'.Nope()").split('\n')[0]).toBe(
      "Method invocation failed because [System.String] does not contain a method named 'Nope'.",
    );
    expect(firstError('$x = $null; $x.Trim()').split('\n').slice(-1)[0]).toBe(
      '    + FullyQualifiedErrorId : InvokeMethodOnNull',
    );
  });

  it('a collection without the method calls it on each item', () => {
    expect(out("@('a','b').ToUpper()")).toEqual(['A', 'B']);
  });
});

describe('other methods', () => {
  it('GetType, ToString with a format, Equals', () => {
    expect(
      out(
        "'x'.GetType().Name; (1.5).GetType().FullName; (1234.5).ToString('N1'); (5).ToString(); 'a'.Equals('a')",
      ),
    ).toEqual(['String', 'System.Double', '1,234.5', '5', true]);
  });

  it('array Contains, IndexOf, .Where() and .ForEach{}', () => {
    expect(
      out('$a = 1,2,3; $a.Contains(2); $a.IndexOf(3); $a.Where({ $_ -gt 1 }); $a.ForEach{ $_ * 10 }'),
    ).toEqual([true, 2, 2, 3, 10, 20, 30]);
  });

  it('.ForEach( ) with parentheses does not parse (tree-sitter-powershell reads .ForEach as a keyword)', () => {
    expect(() => run('$a = 1; $a.ForEach({ $_ })')).toThrow('Unexpected token');
  });

  it('hashtable Remove, Clone, GetEnumerator', () => {
    expect(
      lines(
        '$h = [ordered]@{b=2; a=1}; $c = $h.Clone(); $h.Remove(\'b\'); $h.Count; $c.Count; $c.GetEnumerator() | Sort-Object Name | ForEach-Object { "$($_.Key)=$($_.Value)" }',
      ),
    ).toEqual(['1', '2', 'a=1', 'b=2']);
  });

  it('ErrorRecord members scripts read', () => {
    expect(
      out(
        'try { Get-Thing a -Nope } catch { $_.CategoryInfo.Reason; $_.CategoryInfo.Activity; $_.InvocationInfo.MyCommand.Name; $_.Exception.InnerException -eq $null; "$($_.CategoryInfo)" }',
      ),
    ).toEqual([
      'ParameterBindingException',
      'Get-Thing',
      'Get-Thing',
      true,
      'InvalidArgument: (:) [Get-Thing], ParameterBindingException',
    ]);
  });
});
