import { describe, expect, it } from 'vitest';
import { run, streamsOf, useGrammar } from './helpers.js';

useGrammar();

const NOT_FOUND = 'ERROR: The system was unable to find the specified registry key or value.';
const QUERY = 'reg query HKLM\\SOFTWARE\\Nope';
/** After each query: $? (read first), the exit code, the newest error's id, $Error's size. */
const STATE = '"$? $LASTEXITCODE $($Error[0].FullyQualifiedErrorId) $($Error.Count)"';

/** The NormalView of the NativeCommandError record for `<line>` at line N (3P: 5.1 output). */
const rendered = (lineNo: number, line: string, prefix = 'reg') => [
  `${prefix} : ${NOT_FOUND}`,
  `At line:${lineNo} char:1`,
  `+ ${line}`,
  `+ ${'~'.repeat(line.length)}`,
  '    + CategoryInfo          : NotSpecified: (ERROR: The syst...y key or value.:String) [], RemoteException',
  '    + FullyQualifiedErrorId : NativeCommandError',
  ' ',
];

describe('reg.exe standard error and redirection (Windows PowerShell 5.1)', () => {
  it('no redirection: the console shows the text; no record, $? False from exit code 1', () => {
    const result = run(`${QUERY}\n${STATE}`);
    expect(streamsOf(result)).toEqual([
      ['host', NOT_FOUND],
      ['output', 'False 1  0'],
    ]);
  });

  it('2>&1 under Continue: a NativeCommandError record in the output, in $Error, $? False', () => {
    expect(run(`${QUERY} 2>&1\n${STATE}`).text).toBe(
      [...rendered(1, `${QUERY} 2>&1`), 'False 1 NativeCommandError 1'].join('\n'),
    );
    const captured = run(
      `$r = ${QUERY} 2>&1\n$r -is [System.Management.Automation.ErrorRecord]; "$r"; ${STATE}`,
    );
    expect(captured.output).toEqual([true, NOT_FOUND, 'True 1 NativeCommandError 1']);
  });

  it('*>&1 under Continue merges it the same way', () => {
    expect(run(`${QUERY} *>&1\n${STATE}`).text).toBe(
      [...rendered(1, `${QUERY} *>&1`), 'False 1 NativeCommandError 1'].join('\n'),
    );
  });

  it('2>$null and *>$null under Continue: nothing shown, but the record is in $Error and $? is False', () => {
    expect(streamsOf(run(`${QUERY} 2>$null\n${STATE}\n${QUERY} *>$null\n${STATE}`))).toEqual([
      ['output', 'False 1 NativeCommandError 1'],
      ['output', 'False 1 NativeCommandError 2'],
    ]);
  });

  it("'Stop': try/catch catches the first stderr line with each redirection form; $LASTEXITCODE keeps the last value (INFER)", () => {
    for (const redirect of ['2>&1', '2>$null', '*>&1', '*>$null']) {
      const result = run(
        [
          "$ErrorActionPreference = 'Stop'",
          'reg add HKLM\\SOFTWARE\\Wine\\ok /f | Out-Null',
          `try { ${QUERY} ${redirect}; 'not here' }`,
          'catch { "caught $($_.FullyQualifiedErrorId) [$($_.Exception.Message)] $LASTEXITCODE $($Error.Count)" }',
        ].join('\n'),
      );
      expect(result.output).toEqual([`caught NativeCommandError [${NOT_FOUND}] 0 1`]);
    }
  });

  it("'Stop' uncaught: the record ends the script with exit code 1, even under 2>$null", () => {
    const file = 'C:\\scripts\\check.ps1';
    const result = run(`$ErrorActionPreference = 'Stop'\n${QUERY} 2>$null\n'not here'`, { file });
    expect(result.exitCode).toBe(1);
    expect(result.text).toBe(
      [
        `reg : ${NOT_FOUND}`,
        `At ${file}:2 char:1`,
        `+ ${QUERY} 2>$null`,
        `+ ${'~'.repeat(`${QUERY} 2>$null`.length)}`,
        '    + CategoryInfo          : NotSpecified: (ERROR: The syst...y key or value.:String) [], RemoteException',
        '    + FullyQualifiedErrorId : NativeCommandError',
        ' ',
      ].join('\n'),
    );
  });

  it('a second stderr line is a NativeCommandErrorMessage printed as plain text (3P: 5.1 error view)', () => {
    const result = run('reg.exe add HKLM\\SOFTWARE\\x /v a /ve 2>&1\n$Error[0].FullyQualifiedErrorId');
    expect(result.text).toBe(
      [
        'reg.exe : ERROR: Invalid syntax.',
        'At line:1 char:1',
        '+ reg.exe add HKLM\\SOFTWARE\\x /v a /ve 2>&1',
        '+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
        '    + CategoryInfo          : NotSpecified: (ERROR: Invalid syntax.:String) [], RemoteException',
        '    + FullyQualifiedErrorId : NativeCommandError',
        ' ',
        'Type "REG ADD /?" for usage.',
        'NativeCommandErrorMessage',
      ].join('\n'),
    );
  });
});
