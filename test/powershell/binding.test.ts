import { describe, expect, it } from 'vitest';
import { PSObject, type PSValue } from '../../simulators/powershell/index.js';
import { firstError, lines, run, useGrammar } from './helpers.js';

useGrammar();

/** What Get-Thing was bound to: its parameter set and parameters. */
function bound(source: string): Record<string, PSValue>[] {
  return run(source).output.map((value) =>
    Object.fromEntries((value as PSObject).properties().map((p) => [p.name, p.value])),
  );
}

const firstLine = (source: string) => firstError(source).split('\n')[0];

describe('named parameters (DOC: about_Parameters)', () => {
  it('bind by name, ignoring case, or by an unambiguous prefix or alias', () => {
    expect(bound('Get-Thing -name a -PATH p -Cou 2 -Type qword')).toEqual([
      { Set: 'ByName', Name: ['a'], Path: 'p', Count: 2, PropertyType: 'QWord' },
    ]);
  });

  it('take -Name:value, and an enum value in any case becomes its canonical name', () => {
    expect(bound('Get-Thing -Name:a -Count:5 -PropertyType:dword')).toEqual([
      { Set: 'ByName', Name: ['a'], Count: 5, PropertyType: 'DWord' },
    ]);
  });

  it('switches are true when given, and take -Switch:$false', () => {
    expect(bound('Get-Thing a -Force; Get-Thing a -Force:$false')).toEqual([
      { Set: 'ByName', Name: ['a'], Force: true },
      { Set: 'ByName', Name: ['a'], Force: false },
    ]);
  });

  it('an array argument is written a,b', () => {
    expect(bound("Get-Thing a,b; Get-Thing 'c', 'd' -Force")).toEqual([
      { Set: 'ByName', Name: ['a', 'b'] },
      { Set: 'ByName', Name: ['c', 'd'], Force: true },
    ]);
  });

  it('named parameters bind first, then positional ones take the free positions', () => {
    expect(bound('Get-Thing -Name b a')).toEqual([{ Set: 'ByName', Name: ['b'], Path: 'a' }]);
  });

  it('splatting passes a hashtable by name and an array by position', () => {
    expect(bound("$p = @{Name='a'; Force=$true}; Get-Thing @p; $q = 'x', 'y'; Get-Thing @q")).toEqual([
      { Set: 'ByName', Name: ['a'], Force: true },
      { Set: 'ByName', Name: ['x'], Path: 'y' },
    ]);
  });

  it('the parameter set follows from the parameters given', () => {
    expect(bound('Get-Thing -Id 5 -Force')).toEqual([{ Set: 'ById', Id: 5, Force: true }]);
  });

  it('aliases of commands work, and binding errors still name the command (3P: `ls -la`)', () => {
    expect(bound('gth a')).toEqual([{ Set: 'ByName', Name: ['a'] }]);
    expect(firstLine('gth a -Nope')).toBe(
      "Get-Thing : A parameter cannot be found that matches parameter name 'Nope'.",
    );
  });
});

describe("binding errors, with PowerShell's texts (DOC: ParameterBinderStrings)", () => {
  it('an unknown parameter: NamedParameterNotFound, pointing at it', () => {
    expect(firstError('Get-Thing a -Nope 1')).toBe(
      [
        "Get-Thing : A parameter cannot be found that matches parameter name 'Nope'.",
        'At line:1 char:13',
        '+ Get-Thing a -Nope 1',
        '+             ~~~~~',
        '    + CategoryInfo          : InvalidArgument: (:) [Get-Thing], ParameterBindingException',
        '    + FullyQualifiedErrorId : NamedParameterNotFound,Test.Commands.GetThingCommand',
      ].join('\n'),
    );
  });

  it('an ambiguous prefix lists the candidates', () => {
    expect(firstError('Get-Thing a -Pro x')).toBe(
      [
        "Get-Thing : Parameter cannot be processed because the parameter name 'Pro' is ambiguous. Possible matches include: -PropertyType -Progress.",
        'At line:1 char:13',
        '+ Get-Thing a -Pro x',
        '+             ~~~~',
        '    + CategoryInfo          : InvalidArgument: (:) [Get-Thing], ParameterBindingException',
        '    + FullyQualifiedErrorId : AmbiguousParameter,Test.Commands.GetThingCommand',
      ].join('\n'),
    );
  });

  it('a prefix of two common parameters is ambiguous too; of a declared and a common one, the declared wins', () => {
    expect(firstLine('Get-Thing a -E Stop')).toBe(
      "Get-Thing : Parameter cannot be processed because the parameter name 'E' is ambiguous. Possible matches include: -ErrorAction -ErrorVariable.",
    );
    expect(bound('Get-Thing -I 5')).toEqual([{ Set: 'ById', Id: 5 }]);
  });

  it('a parameter without its argument: MissingArgument', () => {
    expect(firstLine('Get-Thing a -Count')).toBe(
      "Get-Thing : Missing an argument for parameter 'Count'. Specify a parameter of type 'System.Int32' and try again.",
    );
    expect(firstLine('Get-Thing -Path -Force')).toBe(
      "Get-Thing : Missing an argument for parameter 'Path'. Specify a parameter of type 'System.String' and try again.",
    );
  });

  it('a value that does not convert: CannotConvertArgumentNoMessage, pointing at the value', () => {
    expect(firstError('Get-Thing a -Count abc').split('\n')).toEqual([
      'Get-Thing : Cannot bind parameter \'Count\'. Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."',
      'At line:1 char:20',
      '+ Get-Thing a -Count abc',
      '+                    ~~~',
      '    + CategoryInfo          : InvalidArgument: (:) [Get-Thing], ParameterBindingException',
      '    + FullyQualifiedErrorId : CannotConvertArgumentNoMessage,Test.Commands.GetThingCommand',
    ]);
  });

  it('an enum value that does not exist lists the names (3P)', () => {
    expect(firstError('Get-Thing a -Type Foo').split('\n').slice(0, 2)).toEqual([
      'Get-Thing : Cannot bind parameter \'PropertyType\'. Cannot convert value "Foo" to type "Microsoft.Win32.RegistryValueKind". Error: "Unable to match the identifier name Foo to a valid enumerator name. Specify one of the following enumerator names and try again:',
      'Unknown, String, ExpandString, Binary, DWord, MultiString, QWord, None"',
    ]);
  });

  it('a missing mandatory parameter (the host does not prompt): MissingMandatoryParameter, at the command', () => {
    expect(firstError('Get-Thing -Force').split('\n')).toEqual([
      'Get-Thing : Cannot process command because of one or more missing mandatory parameters: Name.',
      'At line:1 char:1',
      '+ Get-Thing -Force',
      '+ ~~~~~~~~~~~~~~~~',
      '    + CategoryInfo          : InvalidArgument: (:) [Get-Thing], ParameterBindingException',
      '    + FullyQualifiedErrorId : MissingMandatoryParameter,Test.Commands.GetThingCommand',
    ]);
  });

  it('too many positional arguments: PositionalParameterNotFound, at the command', () => {
    expect(firstLine('Get-Thing a p extra')).toBe(
      "Get-Thing : A positional parameter cannot be found that accepts argument 'extra'.",
    );
  });

  it('a parameter given twice: ParameterAlreadyBound', () => {
    expect(firstLine('Get-Thing -Name a -Name b')).toBe(
      'Get-Thing : Cannot bind parameter because parameter \'Name\' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".',
    );
  });

  it('parameters of different sets: AmbiguousParameterSet', () => {
    expect(firstLine('Get-Thing -Id 1 -Name a')).toBe(
      'Get-Thing : Parameter set cannot be resolved using the specified named parameters.',
    );
  });

  it('common parameters the host does not emulate are refused by name', () => {
    expect(() => run('Get-Thing a -Debug')).toThrow('common parameter -Debug');
    expect(() => run('Get-Thing a -OutBuffer 2')).toThrow('common parameter -OutBuffer');
    expect(() => run('Get-Thing a -WarningAction Stop')).toThrow('common parameter -WarningAction Stop');
  });

  it('-WhatIf on a command that does not support ShouldProcess is an unknown parameter', () => {
    expect(firstLine('Get-Thing a -WhatIf')).toBe(
      "Get-Thing : A parameter cannot be found that matches parameter name 'WhatIf'.",
    );
  });

  it('binding errors are statement-terminating: $? is false and the script goes on', () => {
    expect(lines("Get-Thing a -Nope; $?; 'next'").slice(-2)).toEqual(['False', 'next']);
    expect(
      lines('try { Get-Thing a -Nope } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }'),
    ).toEqual([
      'NamedParameterNotFound,Test.Commands.GetThingCommand',
      'System.Management.Automation.ParameterBindingException',
    ]);
  });
});

describe('pipeline input', () => {
  it('binds each object by value', () => {
    expect(bound("'x', 'y' | Get-Thing -Force")).toEqual([
      { Set: 'ByName', Force: true, Name: ['x'] },
      { Set: 'ByName', Force: true, Name: ['y'] },
    ]);
  });

  it('binds by property name when the object has the property, choosing that set', () => {
    expect(bound('[pscustomobject]@{Id=7} | Get-Thing')).toEqual([{ Set: 'ById', Id: 7 }]);
  });

  it('an object nothing takes is a non-terminating InputObjectNotBound error', () => {
    expect(firstLine('1 | Remove-Thing x')).toBe(
      'Remove-Thing : The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.',
    );
  });
});

describe('aliases in runtime errors name the alias as typed (DOC: the 5.1 error view uses InvocationName)', () => {
  it('terr', () => {
    expect(firstLine('terr')).toBe(
      "terr : Cannot find path 'HKLM:\\SOFTWARE\\Nope' because it does not exist.",
    );
  });
});

describe('ShouldProcess: -WhatIf and -Confirm (DOC: about_Preference_Variables)', () => {
  it('a high-impact command asks; the host policy answers no by default', () => {
    const result = run('Remove-Thing x');
    expect(result.output).toEqual([]);
    expect(result.streams[0]?.text).toBe(
      [
        'Confirm',
        'Are you sure you want to perform this action?',
        'Performing the operation "Remove Thing" on target "x".',
        '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): N',
      ].join('\n'),
    );
  });

  it('the host policy can answer yes, and sees the prompt', () => {
    const prompts: string[] = [];
    const result = run('Remove-Thing x', { host: { confirm: (prompt) => prompts.push(prompt.message) > 0 } });
    expect(result.output).toEqual(['removed x']);
    expect(prompts).toEqual([
      'Are you sure you want to perform this action?\nPerforming the operation "Remove Thing" on target "x".',
    ]);
  });

  it('-Confirm:$false and $ConfirmPreference = None do not ask', () => {
    expect(lines("Remove-Thing x -Confirm:$false; $ConfirmPreference = 'None'; Remove-Thing y")).toEqual([
      'removed x',
      'removed y',
    ]);
  });

  it('-WhatIf and $WhatIfPreference say what would happen and do nothing', () => {
    expect(lines('Remove-Thing x -WhatIf; $WhatIfPreference = $true; Remove-Thing y')).toEqual([
      'What if: Performing the operation "Remove Thing" on target "x".',
      'What if: Performing the operation "Remove Thing" on target "y".',
    ]);
  });
});

describe('restart requests', () => {
  it('end the script at that line', () => {
    const result = run("'before'\nRestart-Thing\n'after'");
    expect(result).toMatchObject({ restartRequested: true, restartLine: 2, exitCode: 0, output: ['before'] });
    expect(run("'x'").restartRequested).toBe(false);
  });
});

it('PSObject output is what commands build', () => {
  expect(run('Get-Thing a').output[0]).toBeInstanceOf(PSObject);
});
