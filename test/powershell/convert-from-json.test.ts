import { describe, expect, it } from 'vitest';
import { UnsupportedError } from '../../simulators/powershell/index.js';
import { lines, run, useGrammar } from './helpers.js';

useGrammar();

describe('ConvertFrom-Json (Windows PowerShell 5.1)', () => {
  it('objects become [pscustomobject]s in member order, arrays object[], values themselves', () => {
    const result = run(
      [
        '$o = \'{"b":"x","a":{"n":[1,"two",null,true]},"e":[],"z":null}\' | ConvertFrom-Json',
        '$o.GetType().FullName; "$o"',
        '$o.a.n.GetType().FullName; $o.a.n.Count; $o.a.n[1]; $null -eq $o.a.n[2]; $o.a.n[3]; $o.e.Count; $null -eq $o.z',
      ].join('\n'),
    );
    expect(result.output).toEqual([
      'System.Management.Automation.PSCustomObject',
      '@{b=x; a=@{n=System.Object[]}; e=System.Object[]; z=}',
      'System.Object[]',
      4,
      'two',
      true,
      true,
      0,
      true,
    ]);
  });

  it('a JSON array is written as one object (3P: 5.1 does not unroll it)', () => {
    expect(
      lines(
        "(ConvertFrom-Json '[1,2,3]' | Measure-Object).Count; (ConvertFrom-Json -InputObject '[1,2,3]').Count",
      ),
    ).toEqual(['1', '3']);
  });

  it('piped lines that are not JSON alone are joined into one text (3P: ConvertFromJsonCommand)', () => {
    expect(
      lines("('{', '\"a\": 1', '}' | ConvertFrom-Json).a; ('1', '2' | ConvertFrom-Json) -join '+'"),
    ).toEqual(['1', '1+2']);
  });

  it('text that is not JSON is refused by name (JavaScriptSerializer messages are not emulated)', () => {
    expect(() => run("ConvertFrom-Json 'nope'")).toThrow(UnsupportedError);
  });
});
