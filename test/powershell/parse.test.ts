import { describe, expect, it } from 'vitest';
import { ParseError, parseScript, UnsupportedError } from '../../simulators/powershell/index.js';
import { thrown } from '../support/thrown.js';
import { lines, run, useGrammar } from './helpers.js';

useGrammar();

describe('parse errors', () => {
  it('names the line, the column and the text', () => {
    const error = thrown(() => parseScript("'ok'\n$y = 'a", 'C:\\s\\x.ps1'));
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({ line: 2, column: 1, file: 'C:\\s\\x.ps1', text: "$y = 'a" });
    expect((error as Error).message).toBe("C:\\s\\x.ps1:2:1: Unexpected token near '$y = 'a'");
  });

  it('reports a missing closing brace where it is missing', () => {
    expect(thrown(() => parseScript('if ($x) {\n  1'))).toMatchObject({
      reason: "Missing '}'",
      line: 2,
      column: 4,
    });
  });

  it('refuses PowerShell 7 syntax that 5.1 does not parse', () => {
    expect(thrown(() => parseScript('Get-Thing a && Get-Thing b'))).toMatchObject({
      reason: "The token '&&' is not a valid statement separator in this version.",
      line: 1,
      column: 13,
    });
    expect(thrown(() => parseScript('$x = $y ?? 1'))).toBeInstanceOf(ParseError);
  });

  it('requires a catch or finally after try', () => {
    expect(thrown(() => parseScript('try { 1 }'))).toMatchObject({
      reason: 'The Try statement is missing its Catch or Finally block.',
    });
  });

  it('is thrown by run, before any statement runs', () => {
    expect(() => run("Write-Host 'first'\n$x = (1 +")).toThrow(ParseError);
  });
});

describe('unsupported constructs are named with their line, never skipped', () => {
  it.each([
    ["'a'\ntrap { 'x' }", 'trap statement', 2],
    ['class X { [string]$Name }', 'class definition', 1],
    ['enum Color { Red }', 'enum definition', 1],
    ["\n\nworkflow W { 'x' }", 'workflow', 3],
    ['data { "x" }', 'data section', 1],
    ['$using:x', "variable qualifier 'using:'", 1],
    ['foreach -parallel ($i in 1) { }', 'foreach -parallel', 1],
    ['Get-Thing --% a b', 'stop-parsing token --%', 1],
    ['Get-Thing > out.txt', "redirection '> out.txt' (only to $null)", 1],
    ['function f { dynamicparam { } end { } }', 'dynamicparam block', 1],
  ])('%j', (source, construct, line) => {
    const error = thrown(() => run(source));
    expect(error).toBeInstanceOf(UnsupportedError);
    expect(error).toMatchObject({ construct, line });
  });

  it('names types that are not emulated when the script uses them', () => {
    expect(thrown(() => run("'a'\n[datetime]'2025-01-01'"))).toMatchObject({
      construct: 'type [datetime]',
      line: 2,
    });
  });

  it('treats Invoke-Expression as a command that does not exist', () => {
    expect(lines("Invoke-Expression 'x'")[0]).toBe(
      "Invoke-Expression : The term 'Invoke-Expression' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
    );
  });
});

describe('shapes the grammar misreads are read as PowerShell reads them', () => {
  it('bare words after a comma and a space form one array', () => {
    expect(lines("[pscustomobject]@{Name='a';Value=1;X=2} | Select-Object Name, Value -First 1")).toEqual([
      'Name Value',
      '---- -----',
      'a        1',
    ]);
  });

  it('a param block followed by statements on one line', () => {
    expect(lines('function f { param($a) "a=$a" }; f 1')).toEqual(['a=1']);
  });

  it('switch clauses on one line', () => {
    expect(lines("switch (2) { 1 {'one'} 2 {'two'} default {'d'} }")).toEqual(['two']);
  });

  it('ranges and numbers that start a statement', () => {
    expect(lines('1..3')).toEqual(['1', '2', '3']);
    expect(lines('$n = 2; foreach ($i in 1..$n) { $i }')).toEqual(['1', '2']);
    expect(lines('0..(1+1)')).toEqual(['0', '1', '2']);
    expect(lines('1MB; 0XFF; 5L')).toEqual(['1048576', '255', '5']);
  });

  it('redirections written without a space', () => {
    expect(lines("Write-Error 'x' 2>$null; 'after'")).toEqual(['after']);
  });
});
