import { describe, expect, it } from 'vitest';
import { ErrorRecord } from '../../simulators/powershell/index.js';
import { console, firstError, lines, run, useGrammar } from './helpers.js';

useGrammar();

const out = (source: string) => run(source).output;

/** What Test-Errors writes: the registry provider's PathNotFound (3P: RegistryProviderStrings / real 5.1 output). */
const PATH_NOT_FOUND = [
  "Test-Errors : Cannot find path 'HKLM:\\SOFTWARE\\Nope' because it does not exist.",
  'At line:1 char:1',
  '+ Test-Errors',
  '+ ~~~~~~~~~~~',
  '    + CategoryInfo          : ObjectNotFound: (HKLM:\\SOFTWARE\\Nope:String) [Test-Errors], ItemNotFoundException',
  '    + FullyQualifiedErrorId : PathNotFound,Test.Commands.TestErrorsCommand',
].join('\n');

describe('non-terminating errors and -ErrorAction (DOC: about_CommonParameters)', () => {
  it('Continue (the default): shown, added to $Error, $? false, and the command and script go on', () => {
    const result = run("Test-Errors\n$?\n$Error.Count\n$Error[0].FullyQualifiedErrorId\n'next'");
    expect(result.streams.map((s) => s.stream)).toEqual([
      'error',
      'output',
      'output',
      'output',
      'output',
      'output',
    ]);
    expect(result.streams[0]?.text).toBe(PATH_NOT_FOUND);
    expect(result.output).toEqual([
      'after the error',
      false,
      1,
      'PathNotFound,Test.Commands.TestErrorsCommand',
      'next',
    ]);
    expect(result.exitCode).toBe(0);
  });

  it('SilentlyContinue: not shown, but in $Error; $? false', () => {
    expect(lines('Test-Errors -ErrorAction SilentlyContinue; $?; $Error.Count')).toEqual([
      'after the error',
      'False',
      '1',
    ]);
  });

  it('Ignore: neither shown nor in $Error', () => {
    expect(lines('Test-Errors -EA Ignore; $Error.Count')).toEqual(['after the error', '0']);
  });

  it('Stop: the error becomes script-terminating, catchable, and ends the script when not caught', () => {
    const result = run("Test-Errors -ErrorAction Stop\n'never'");
    expect(result.output).toEqual([]);
    expect(result.exitCode).toBe(1);
    expect(result.terminatingError?.fullyQualifiedErrorId).toBe(
      'PathNotFound,Test.Commands.TestErrorsCommand',
    );
    expect(result.streams.map((s) => s.text)).toEqual([
      PATH_NOT_FOUND.replace(
        '+ Test-Errors\n+ ~~~~~~~~~~~',
        '+ Test-Errors -ErrorAction Stop\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      ),
    ]);
  });

  it('$ErrorActionPreference = Stop does the same for every command', () => {
    expect(
      lines(
        "$ErrorActionPreference = 'Stop'\ntry { Test-Errors; 'not here' } catch { \"caught $($_.Exception.GetType().FullName)\" }",
      ),
    ).toEqual(['caught System.Management.Automation.ItemNotFoundException']);
  });

  it('$ErrorActionPreference = SilentlyContinue hides them', () => {
    expect(lines("$ErrorActionPreference = 'SilentlyContinue'; Test-Errors; $Error.Count")).toEqual([
      'after the error',
      '1',
    ]);
  });

  it('-ErrorAction Inquire needs a person: refused by name', () => {
    expect(() => run('Test-Errors -ErrorAction Inquire')).toThrow('common parameter -ErrorAction Inquire');
  });

  it("-ErrorVariable collects the command's errors; +name appends; -EA takes the enum's number", () => {
    const source =
      'Test-Errors -EA SilentlyContinue -ErrorVariable ev | Out-Null; $ev.Count; $ev[0].Exception.Message; Test-Errors -EA 0 -ev +ev | Out-Null; $ev.Count; Get-Thing a -ev ev2 | Out-Null; $ev2.Count';
    expect(lines(source)).toEqual([
      '1',
      "Cannot find path 'HKLM:\\SOFTWARE\\Nope' because it does not exist.",
      '2',
      '0',
    ]);
  });

  it('2>$null hides errors (they stay in $Error); 2>&1 turns them into output', () => {
    expect(lines('Test-Errors 2>$null; $Error.Count')).toEqual(['after the error', '1']);
    const result = run(
      '$all = Test-Errors 2>&1; $all.Count; $all[0] -is [System.Management.Automation.ErrorRecord]',
    );
    expect(result.output).toEqual([2, true]);
  });

  it('$Error holds the newest error first, caught ones included', () => {
    expect(
      lines(
        "try { throw 'one' } catch { }; Test-Errors -EA 0 | Out-Null; $Error.Count; $Error[0].Exception.Message; $Error[1].Exception.Message",
      ),
    ).toEqual(['2', "Cannot find path 'HKLM:\\SOFTWARE\\Nope' because it does not exist.", 'one']);
  });

  it('$? is true after a command that wrote no error', () => {
    expect(out('Get-Thing a | Out-Null; $?')).toEqual([true]);
  });
});

describe('terminating errors', () => {
  it("a command's terminating error ends its statement; the script goes on (statement-terminating)", () => {
    const result = run("Test-Errors -Terminating -Service 'Spooler'\n$?\n'next'");
    expect(result.output).toEqual([false, 'next']);
    expect(result.streams[0]?.text).toBe(
      [
        "Test-Errors : Cannot find any service with service name 'Spooler'.",
        'At line:1 char:1',
        "+ Test-Errors -Terminating -Service 'Spooler'",
        '+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
        '    + CategoryInfo          : ObjectNotFound: (Spooler:String) [Test-Errors], ServiceCommandException',
        '    + FullyQualifiedErrorId : NoServiceFoundForGivenName,Test.Commands.TestErrorsCommand',
      ].join('\n'),
    );
  });

  it('$ErrorActionPreference = Stop makes a statement-terminating error end the script', () => {
    expect(run("$ErrorActionPreference = 'Stop'\nGet-Nothing\n'never'")).toMatchObject({
      exitCode: 1,
      output: [],
    });
  });

  it('throw ends the script with exit code 1 unless caught', () => {
    const result = run("'before'\nthrow 'boom'\n'after'", { file: 'C:\\scripts\\x.ps1' });
    expect(result.output).toEqual(['before']);
    expect(result.exitCode).toBe(1);
    expect(result.terminatingError).toBeInstanceOf(ErrorRecord);
    expect(result.streams[1]?.text).toBe(
      [
        'boom',
        'At C:\\scripts\\x.ps1:2 char:1',
        "+ throw 'boom'",
        '+ ~~~~~~~~~~~~',
        '    + CategoryInfo          : OperationStopped: (boom:String) [], RuntimeException',
        '    + FullyQualifiedErrorId : boom',
      ].join('\n'),
    );
  });

  it('throw alone is ScriptHalted', () => {
    expect(firstError('throw').split('\n')).toEqual([
      'ScriptHalted',
      'At line:1 char:1',
      '+ throw',
      '+ ~~~~~',
      '    + CategoryInfo          : OperationStopped: (:) [], RuntimeException',
      '    + FullyQualifiedErrorId : ScriptHalted',
    ]);
  });
});

describe('try / catch / finally (DOC: about_Try_Catch_Finally)', () => {
  it('$_ in catch is the ErrorRecord', () => {
    const source = `try { throw 'bad thing' } catch {
  $_.Exception.Message
  $_.FullyQualifiedErrorId
  $_.CategoryInfo.Category
  $_.Exception.GetType().FullName
  $_.InvocationInfo.ScriptLineNumber
  $_.TargetObject
  "$_"
}`;
    expect(out(source)).toEqual([
      'bad thing',
      'bad thing',
      'OperationStopped',
      'System.Management.Automation.RuntimeException',
      1,
      'bad thing',
      'bad thing',
    ]);
  });

  it('runs try, then catch, then finally, in that order', () => {
    expect(out("try { 'try'; throw 'x'; 'not' } catch { 'catch' } finally { 'finally' }; 'after'")).toEqual([
      'try',
      'catch',
      'finally',
      'after',
    ]);
    expect(out("try { 'try' } finally { 'finally' }")).toEqual(['try', 'finally']);
  });

  it('an inner finally runs before an outer catch', () => {
    expect(out("try { try { throw 'x' } finally { 'inner finally' } } catch { 'outer catch' }")).toEqual([
      'inner finally',
      'outer catch',
    ]);
  });

  it('a typed catch matches the exception type or a base type; the first matching clause wins', () => {
    const source = `foreach ($kind in 'registry', 'service', 'other') {
  try {
    if ($kind -eq 'registry') { Test-Errors -Terminating }
    elseif ($kind -eq 'service') { Test-Errors -Terminating -Service }
    else { throw 'plain' }
  }
  catch [System.Management.Automation.ItemNotFoundException] { 'item not found' }
  catch [Microsoft.PowerShell.Commands.ServiceCommandException], [System.IO.IOException] { 'service' }
  catch [System.Management.Automation.RuntimeException] { 'runtime' }
}`;
    expect(out(source)).toEqual(['item not found', 'service', 'runtime']);
  });

  it('an error no catch matches goes on to the outer handler', () => {
    expect(out("try { try { throw 'x' } catch [System.IO.IOException] { 'io' } } catch { 'outer' }")).toEqual(
      ['outer'],
    );
  });

  it('catches statement-terminating errors, also from inside a function', () => {
    expect(
      out("function f { [int]'abc'; 'not here' }; try { f } catch { $_.FullyQualifiedErrorId }"),
    ).toEqual(['InvalidCastFromStringToInteger']);
    expect(out('try { Get-Nothing } catch { $_.CategoryInfo.Category }')).toEqual(['ObjectNotFound']);
  });

  it('does not catch non-terminating errors', () => {
    expect(out("try { Test-Errors 2>$null } catch { 'caught' }")).toEqual(['after the error']);
  });

  it('throw $_ rethrows the same record', () => {
    expect(
      out('try { try { Test-Errors -Terminating } catch { throw $_ } } catch { $_.FullyQualifiedErrorId }'),
    ).toEqual(['PathNotFound,Test.Commands.TestErrorsCommand']);
  });

  it('catches -ErrorAction Stop errors with their original exception', () => {
    expect(
      out(
        'try { Test-Errors -ErrorAction Stop } catch [System.Management.Automation.ItemNotFoundException] { $_.Exception.Message }',
      ),
    ).toEqual(["Cannot find path 'HKLM:\\SOFTWARE\\Nope' because it does not exist."]);
  });
});

describe('Write-Error (3P: real 5.1 output)', () => {
  it("at a script's top level names the script (no position when run with -File)", () => {
    const result = run("Write-Error 'bad'", { file: 'C:\\scripts\\fix.ps1' });
    expect(result.streams[0]?.text).toBe(
      [
        'C:\\scripts\\fix.ps1 : bad',
        '    + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException',
        '    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException,fix.ps1',
      ].join('\n'),
    );
  });

  it('on a command line (no file) shows the command line', () => {
    expect(firstError("Write-Error 'bad'")).toBe(
      [
        "Write-Error 'bad' : bad",
        '    + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException',
        '    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException',
      ].join('\n'),
    );
  });

  it('in a function names the function and where it was called', () => {
    expect(
      firstError(
        "function Test-It { Write-Error -Message 'nope' -Category ObjectNotFound -ErrorId NotThere -TargetObject 'x' }\nTest-It",
      ),
    ).toBe(
      [
        'Test-It : nope',
        'At line:2 char:1',
        '+ Test-It',
        '+ ~~~~~~~',
        '    + CategoryInfo          : ObjectNotFound: (x:String) [Write-Error], WriteErrorException',
        '    + FullyQualifiedErrorId : NotThere,Test-It',
      ].join('\n'),
    );
  });

  it('is non-terminating unless -ErrorAction Stop', () => {
    expect(
      out(
        "Write-Error 'a' 2>$null; 'next'; try { Write-Error 'b' -ErrorAction Stop } catch { $_.Exception.GetType().FullName }",
      ),
    ).toEqual(['next', 'Microsoft.PowerShell.Commands.WriteErrorException']);
  });
});

describe('the transcript', () => {
  it('shows each error followed by a line holding one space, as the 5.1 error view ends', () => {
    expect(console("Get-Nothing; 'x'").split('\n').slice(-2)).toEqual([' ', 'x']);
  });
});
