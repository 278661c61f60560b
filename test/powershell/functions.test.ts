import { describe, expect, it } from 'vitest';
import { firstError, lines, run, useGrammar } from './helpers.js';

useGrammar();

const out = (source: string) => run(source).output;

describe('functions (DOC: about_Functions)', () => {
  it('bind positionally in declaration order, and by name or unambiguous prefix', () => {
    expect(out('function f($a, $b) { "$a-$b" }; f 1 2; f -b 1 -a 2; f -b:3 4')).toEqual([
      '1-2',
      '2-1',
      '4-3',
    ]);
  });

  it('a plain function puts what it does not bind in $args', () => {
    expect(out('function f($a) { $args.Count; $args -join "," }; f 1 2 3; f -x 1')).toEqual([
      2,
      '2,3',
      1,
      '-x',
    ]);
  });

  it('typed parameters convert; defaults may use earlier parameters; an unbound [string] is empty', () => {
    expect(
      out(
        'function f { param([int]$n, $m = $n * 2, [string]$s) "$($n + 1) $m [$s] $($s -eq $null)" }; f \'4\'',
      ),
    ).toEqual(['5 8 [] False']);
  });

  it('[switch] parameters are false unless given; -Switch:$false turns them off', () => {
    expect(out('function f([switch]$Force) { $Force }; f; f -Force; f -Force:$false')).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('a conversion failure is ParameterArgumentTransformationError', () => {
    expect(firstError("function f([int]$n) { $n }\nf 'abc'")).toBe(
      [
        'f : Cannot process argument transformation on parameter \'n\'. Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."',
        'At line:2 char:3',
        "+ f 'abc'",
        '+   ~~~~~',
        '    + CategoryInfo          : InvalidArgument: (:) [f], ParameterBindingException',
        '    + FullyQualifiedErrorId : ParameterArgumentTransformationError,f',
      ].join('\n'),
    );
  });

  it('return values are collected: nothing is $null, one is itself, more are an array', () => {
    expect(
      out(
        'function none {}; function one { 1 }; function two { 1; 2 }; $null -eq (none); (one).GetType().Name; (two).Count',
      ),
    ).toEqual([true, 'Int32', 2]);
  });

  it('must be defined before they are called', () => {
    expect(lines("f\nfunction f { 'x' }\nf")).toEqual([
      "f : The term 'f' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
      'At line:1 char:1',
      '+ f',
      '+ ~',
      '    + CategoryInfo          : ObjectNotFound: (f:String) [], CommandNotFoundException',
      '    + FullyQualifiedErrorId : CommandNotFoundException',
      'x',
    ]);
  });

  it('filters run their body once per pipeline object', () => {
    expect(out('filter Double { $_ * 2 }; 1..3 | Double')).toEqual([2, 4, 6]);
  });
});

describe('advanced functions (DOC: about_Functions_Advanced_Parameters)', () => {
  const define = `function Get-X {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory=$true, Position=0)][string]$Name,
    [int]$Count = 3,
    [switch]$Force,
    [ValidateSet('a','b')][string]$Mode = 'a'
  )
  "$Name $Count $Force $Mode"
}
`;

  it('binds like a cmdlet', () => {
    expect(out(`${define}Get-X n; Get-X -Name n -Count 5 -Force -Mode B`)).toEqual([
      'n 3 False a',
      'n 5 True B',
    ]);
  });

  it('refuses unknown parameters and extra positional arguments', () => {
    expect(firstError(`${define}Get-X n -Nope 1`).split('\n')[0]).toBe(
      "Get-X : A parameter cannot be found that matches parameter name 'Nope'.",
    );
    expect(firstError(`${define}Get-X n extra`).split('\n')[0]).toBe(
      "Get-X : A positional parameter cannot be found that accepts argument 'extra'.",
    );
  });

  it('reports a missing mandatory parameter (a non-interactive host does not prompt)', () => {
    expect(firstError(`${define}Get-X`)).toBe(
      [
        'Get-X : Cannot process command because of one or more missing mandatory parameters: Name.',
        'At line:11 char:1',
        '+ Get-X',
        '+ ~~~~~',
        '    + CategoryInfo          : InvalidArgument: (:) [Get-X], ParameterBindingException',
        '    + FullyQualifiedErrorId : MissingMandatoryParameter,Get-X',
      ].join('\n'),
    );
  });

  it('checks ValidateSet', () => {
    expect(firstError(`${define}Get-X n -Mode c`).split('\n')[0]).toBe(
      'Get-X : Cannot validate argument on parameter \'Mode\'. The argument "c" does not belong to the set "a,b" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.',
    );
  });

  it('takes common parameters: -ErrorAction sets its local $ErrorActionPreference, -Verbose its $VerbosePreference', () => {
    const source = `function f { [CmdletBinding()] param()
  $ErrorActionPreference
  Write-Verbose 'talking'
}
f -ErrorAction Stop -Verbose
f`;
    expect(lines(source)).toEqual(['Stop', 'VERBOSE: talking', 'Continue']);
  });

  it('binds pipeline input to a ValueFromPipeline parameter in the process block', () => {
    const source = `function Show-It {
  param([Parameter(ValueFromPipeline=$true)]$Item)
  begin { 'begin' }
  process { "item $Item" }
  end { 'end' }
}
1, 2 | Show-It`;
    expect(out(source)).toEqual(['begin', 'item 1', 'item 2', 'end']);
  });

  it('binds by property name', () => {
    const source = `function Show-Name {
  param([Parameter(ValueFromPipelineByPropertyName=$true)][string]$Name)
  process { "name $Name" }
}
[pscustomobject]@{Name='a'}, [pscustomobject]@{Name='b'} | Show-Name`;
    expect(out(source)).toEqual(['name a', 'name b']);
  });

  it('sees pipeline input as $input when it has no process block', () => {
    expect(out('function Sum { $t = 0; foreach ($i in $input) { $t += $i }; $t }; 1..4 | Sum')).toEqual([10]);
  });
});

describe('scopes (DOC: about_Scopes)', () => {
  it("a function reads the caller's variables and writes its own", () => {
    expect(out('$x = 1; function f { $x; $x = 2; $x }; f; $x')).toEqual([1, 2, 1]);
  });

  it('$script: and $global: reach outer scopes', () => {
    expect(out('$x = 1; function f { $script:x = 5; $global:g = 7 }; f; $x; $g')).toEqual([5, 7]);
  });

  it('& runs a script block in a new scope, . in the current one', () => {
    expect(out('$x = 1; & { $x = 2 }; $x; . { $x = 3 }; $x')).toEqual([1, 3]);
  });

  it('script blocks take parameters and $args', () => {
    expect(out('$sb = { param($a) "a=$a rest=$args" }; & $sb 1 2 3')).toEqual(['a=1 rest=2 3']);
  });

  it("ForEach-Object and Where-Object script blocks run in the caller's scope", () => {
    expect(out('$n = 0; 1..3 | ForEach-Object { $n += $_ }; $n')).toEqual([6]);
  });

  it('variable names ignore case; $_ and $PSItem are the same', () => {
    expect(out("$Value = 1; $VALUE; 'a' | ForEach-Object { $PSItem }")).toEqual([1, 'a']);
  });
});
