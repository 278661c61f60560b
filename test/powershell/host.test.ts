import { describe, expect, it } from 'vitest';
import {
  CommandTable,
  coreCommands,
  createScriptHost,
  ParseError,
  UnsupportedError,
} from '../../simulators/powershell/index.js';
import { InvariantError } from '../../simulators/shared/invariant.js';
import { thrown } from '../support/thrown.js';
import { fakeCommands } from './fake-commands.js';
import { lines, run, useGrammar } from './helpers.js';

useGrammar();

describe('createScriptHost', () => {
  it('starts every run in a fresh session', () => {
    const host = createScriptHost();
    host.run('$x = 5; function f { 1 }');
    expect(host.run('$null -eq $x; $Error.Count').output).toEqual([true, 0]);
    expect(host.run('f').streams[0]?.text.split('\n')[0]).toContain("The term 'f' is not recognized");
  });

  it('adds global variables and the environment', () => {
    const result = run('$MachineName; $env:Path; $PSVersionTable.PSVersion', {
      host: { variables: { MachineName: 'web-01' }, environment: { PATH: 'C:\\Windows' } },
    });
    expect(result.output).toEqual(['web-01', 'C:\\Windows', '5.1.26100.1']);
  });

  it("binds arguments to the script's param block, by position or by name", () => {
    const source = 'param([string]$Name = \'default\', [int]$Count)\n"$Name $Count"';
    expect(run(source, { args: ['a', '2'] }).output).toEqual(['a 2']);
    expect(run(source, { args: { Count: 3 } }).output).toEqual(['default 3']);
    expect(
      run('[CmdletBinding()]\nparam([Parameter(Mandatory)]$Name)\n$Name', { args: { Name: 'n' } }).output,
    ).toEqual(['n']);
  });

  it("knows the script's file", () => {
    expect(run('$PSCommandPath; $PSScriptRoot', { file: 'C:\\scripts\\fix.ps1' }).output).toEqual([
      'C:\\scripts\\fix.ps1',
      'C:\\scripts',
    ]);
  });

  it("adds the machine's commands to the core ones; a name is defined once", () => {
    expect(() => new CommandTable(coreCommands()).with(coreCommands())).toThrow(InvariantError);
    expect(lines('Get-Thing a | Select-Object -ExpandProperty Set')).toEqual(['ByName']);
  });

  it('resolves gci once a machine provides Get-ChildItem', () => {
    const getChildItem = {
      name: 'Get-ChildItem',
      commandClass: 'Microsoft.PowerShell.Commands.GetChildItemCommand',
      create: () => ({ process: (ctx: { writeOutput(v: string): void }) => ctx.writeOutput('listed') }),
    };
    expect(createScriptHost({ commands: [getChildItem] }).run('gci').output).toEqual(['listed']);
  });

  it('throws ParseError and UnsupportedError; a script cannot catch them', () => {
    expect(thrown(() => run('$x = ('))).toBeInstanceOf(ParseError);
    expect(thrown(() => run("try { [datetime]'2025-01-01' } catch { 'caught' }"))).toBeInstanceOf(
      UnsupportedError,
    );
  });

  it('runs Windows files: a byte-order mark and CRLF line ends', () => {
    const result = run(
      '\uFEFF$x = @"\r\nline1\r\nline2\r\n"@\r\n$x\r\nif ($true) {\r\n  Write-Host "ok"\r\n}\r\nGet-Nothing\r\n',
      { file: 'C:\\s\\x.ps1' },
    );
    expect(result.output).toEqual(['line1\r\nline2']);
    expect(result.streams.map((s) => s.line)).toEqual([5, 7, 9]);
    expect(result.streams[2]?.text.split('\n')[1]).toBe('At C:\\s\\x.ps1:9 char:1');
  });

  it('reports $Error at the end', () => {
    expect(run('Test-Errors -EA 0; Get-Nothing').errors.map((e) => e.fullyQualifiedErrorId)).toEqual([
      'CommandNotFoundException',
      'PathNotFound,Test.Commands.TestErrorsCommand',
    ]);
  });

  it('is fast once the grammar is loaded', () => {
    const host = createScriptHost({ commands: fakeCommands() });
    const script = Array.from(
      { length: 50 },
      (_, i) => `$v${i} = ${i} * 2; if ($v${i} -gt 10) { $t += $v${i} }`,
    ).join('\n');
    const started = performance.now();
    for (let i = 0; i < 20; i++) host.run(script);
    expect((performance.now() - started) / 20).toBeLessThan(25);
  });
});
