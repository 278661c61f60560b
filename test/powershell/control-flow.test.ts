import { describe, expect, it } from 'vitest';
import { lines, run, useGrammar } from './helpers.js';

useGrammar();

const out = (source: string) => run(source).output;

describe('if / elseif / else', () => {
  it('takes the first true branch; conditions use PowerShell truth', () => {
    expect(
      out(
        "foreach ($x in 0, 'a', @(), 'False') { if ($x -is [int]) { 'int' } elseif ($x) { 'truthy' } else { 'falsy' } }",
      ),
    ).toEqual(['int', 'truthy', 'falsy', 'truthy']);
  });

  it('is an expression when assigned', () => {
    expect(out('$v = if ($false) { 1 } else { 2, 3 }; $v.Count')).toEqual([2]);
  });
});

describe('loops', () => {
  it('foreach runs once over a scalar, never over $null, once over a hashtable', () => {
    expect(
      out(
        "foreach ($i in 5) { $i }; foreach ($i in $null) { 'never' }; foreach ($h in @{a=1;b=2}) { $h.Count }",
      ),
    ).toEqual([5, 2]);
  });

  it('for, while, do/while, do/until', () => {
    expect(out('for ($i = 0; $i -lt 3; $i++) { $i }')).toEqual([0, 1, 2]);
    expect(out('$i = 0; while ($i -lt 3) { $i; $i++ }')).toEqual([0, 1, 2]);
    expect(out('$i = 5; do { $i; $i++ } while ($i -lt 3)')).toEqual([5]);
    expect(out('$i = 0; do { $i; $i++ } until ($i -ge 2)')).toEqual([0, 1]);
  });

  it('break and continue act on the innermost loop', () => {
    expect(out('foreach ($i in 1..5) { if ($i -eq 2) { continue }; if ($i -eq 4) { break }; $i }')).toEqual([
      1, 3,
    ]);
    expect(out('foreach ($i in 1..2) { foreach ($j in 1..3) { if ($j -eq 2) { break }; "$i$j" } }')).toEqual([
      '11',
      '21',
    ]);
  });

  it('a labelled break does not parse (tree-sitter-powershell), so it is a ParseError, not a wrong run', () => {
    expect(() => run(':outer foreach ($i in 1..3) { break outer }')).toThrow('Unexpected token');
  });

  it('a loop variable stays set after the loop', () => {
    expect(out('foreach ($i in 1..3) { }; $i')).toEqual([3]);
  });
});

describe('switch (DOC: about_Switch)', () => {
  it('runs every matching clause, and default when none matches', () => {
    expect(out("switch (2) { 2 { 'a' } 2 { 'b' } default { 'd' } }")).toEqual(['a', 'b']);
    expect(out("switch (9) { 1 { 'a' } default { 'd' } }")).toEqual(['d']);
  });

  it('compares with -eq rules, ignoring case', () => {
    expect(out("switch ('ABC') { 'abc' { 'match' } }; switch (5) { '5' { 'five' } }")).toEqual([
      'match',
      'five',
    ]);
    expect(out("switch -casesensitive ('ABC') { 'abc' { 'match' } default { 'no' } }")).toEqual(['no']);
  });

  it('processes each item of a collection with $_ set; break leaves, continue skips to the next item', () => {
    expect(out('switch (1, 2, 3) { 2 { \'two\'; continue } { $_ -gt 1 } { "big $_" } 3 { break } }')).toEqual(
      ['two', 'big 3'],
    );
  });

  it('-wildcard and -regex (which sets $Matches)', () => {
    expect(out("switch -wildcard ('server01') { 'web*' { 'web' } 'server??' { 'server' } }")).toEqual([
      'server',
    ]);
    expect(out("switch -regex ('KB5066835') { 'KB(\\d+)' { $Matches[1] } }")).toEqual(['5066835']);
  });

  it('bare words are strings', () => {
    expect(out("switch ('Running') {\n  Running { 'up' }\n  Stopped { 'down' }\n}")).toEqual(['up']);
  });
});

describe('flow', () => {
  it('return leaves the function with its value', () => {
    expect(out("function f { 'a'; return 'b'; 'c' }; f")).toEqual(['a', 'b']);
  });

  it('exit N ends the script with that exit code and sets $LASTEXITCODE', () => {
    const result = run("'before'\nexit 3\n'after'");
    expect(result.output).toEqual(['before']);
    expect(result.exitCode).toBe(3);
  });

  it('exit inside a function ends the whole script', () => {
    expect(run("function f { exit 4 }; f; 'after'")).toMatchObject({ exitCode: 4, output: [] });
  });

  it('a script that ends normally exits with 0', () => {
    expect(run("'x'").exitCode).toBe(0);
  });
});

describe('pipelines stream one object at a time (DOC: about_Pipelines)', () => {
  it('interleaves the work of each stage per object', () => {
    const text = lines(
      '1..2 | ForEach-Object { Write-Host "a$_"; $_ } | ForEach-Object { Write-Host "b$_" }',
    );
    expect(text).toEqual(['a1', 'b1', 'a2', 'b2']);
  });

  it('runs begin blocks first and end blocks last', () => {
    const text = lines(
      "1..2 | ForEach-Object -Begin { 'b1' } -Process { \"p$_\" } -End { 'e1' } | ForEach-Object -Begin { Write-Host 'b2' } -Process { $_ } -End { Write-Host 'e2' }",
    );
    expect(text).toEqual(['b2', 'b1', 'p1', 'p2', 'e1', 'e2']);
  });
});
