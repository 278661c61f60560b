import { describe, expect, it } from 'vitest';
import { lines, run, useGrammar } from './helpers.js';

useGrammar();

const value = (source: string) => run(source).output[0];

describe('single-quoted strings', () => {
  it('are verbatim, with two quotes for one', () => {
    expect(value("'it''s $x `n'")).toBe("it's $x `n");
  });

  it('verbatim here-strings keep the lines between the markers', () => {
    expect(value("@'\nline $x\n  two 'q'\n'@")).toBe("line $x\n  two 'q'");
  });
});

describe('double-quoted strings (DOC: about_Quoting_Rules)', () => {
  it('expand $var, $' + '{var} and $scope:var', () => {
    expect(value('$x = 5; $script:y = 6; "a $x b $' + '{x}c $script:y"')).toBe('a 5 b 5c 6');
  });

  it('do not expand members: $x.Prop is $x followed by text', () => {
    expect(value('$x = [pscustomobject]@{Prop=1}; "$x.Prop"')).toBe('@{Prop=1}.Prop');
  });

  it('expand $( ) subexpressions, members included', () => {
    expect(value('$x = [pscustomobject]@{Prop=1}; "v=$($x.Prop) n=$(1+2)"')).toBe('v=1 n=3');
  });

  it('join arrays with a space, or $OFS', () => {
    expect(value('$a = 1,2,3; "[$a]"')).toBe('[1 2 3]');
    expect(value('$OFS = "-"; $a = 1,2,3; "[$a]"')).toBe('[1-2-3]');
  });

  it('read backtick escapes', () => {
    expect(value('"a`tb`nc``d`$e`"f`0g"')).toBe('a\tb\nc`d$e"f\0g');
  });

  it('read two double quotes as one', () => {
    expect(value('"He said ""hi"""')).toBe('He said "hi"');
  });

  it('keep a lone $ and a $ before a space', () => {
    expect(value('"cost: $ 5 and end$"')).toBe('cost: $ 5 and end$');
  });

  it('expand in here-strings, keeping quotes', () => {
    expect(value('$x = 1\n@"\nx=$x "q"\n  `t$($x + 1)\n"@')).toBe('x=1 "q"\n  \t2');
  });

  it('show $null as nothing and booleans as True/False', () => {
    expect(value('"[$null][$true][$false]"')).toBe('[][True][False]');
  });

  it('show a hashtable by its type name', () => {
    expect(value('$h = @{a=1}; "$h"')).toBe('System.Collections.Hashtable');
  });

  it('read $env: variables from the machine environment', () => {
    const result = run('"$env:COMPUTERNAME / $env:computername / [$env:NOPE]"', {
      host: { environment: { COMPUTERNAME: 'WEB-01' } },
    });
    expect(result.output).toEqual(['WEB-01 / WEB-01 / []']);
  });
});

describe('string output', () => {
  it('prints each line of a multi-line string', () => {
    expect(lines('"a`nb"')).toEqual(['a', 'b']);
  });
});
