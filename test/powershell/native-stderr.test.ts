import { describe, expect, it } from 'vitest';
import {
  type CommandDefinition,
  type RunResult,
  transcript,
  UnsupportedError,
} from '../../simulators/powershell/index.js';
import { run, useGrammar } from './helpers.js';

useGrammar();

/** A program that prints one output line and two error lines and exits 0 (git's habit). */
const tool: CommandDefinition = {
  name: 'tool.exe',
  aliases: ['tool'],
  commandClass: '',
  create: () => ({}),
  native: () => ({ stdout: 'done\r\n', stderr: 'Cloning into x...\r\nwarning: y\r\n', exitCode: 0 }),
};

const runTool = (source: string): RunResult => run(source, { host: { commands: [tool] } });
const text = (source: string): string => transcript(runTool(source).streams);

describe('native standard error (Windows PowerShell 5.1)', () => {
  it('unredirected: plain console text, no record, $? from the exit code alone', () => {
    const result = runTool('tool; "$? $LASTEXITCODE $($Error.Count)"');
    expect(result.streams.map((s) => [s.stream, s.text])).toEqual([
      ['output', 'done'],
      ['host', 'Cloning into x...'],
      ['host', 'warning: y'],
      ['output', 'True 0 0'],
    ]);
  });

  it('2>&1: output lines, then one NativeCommandError and plain NativeCommandErrorMessage lines; $? False with exit code 0 (3P)', () => {
    expect(text('tool 2>&1\n"$? $LASTEXITCODE"')).toBe(
      [
        'done',
        'tool : Cloning into x...',
        'At line:1 char:1',
        '+ tool 2>&1',
        '+ ~~~~~~~~~',
        '    + CategoryInfo          : NotSpecified: (Cloning into x...:String) [], RemoteException',
        '    + FullyQualifiedErrorId : NativeCommandError',
        ' ',
        'warning: y',
        'False 0',
      ].join('\n'),
    );
  });

  it('the records: RemoteException, ids, targets, in $Error newest first', () => {
    const result = runTool(
      [
        '$all = tool 2>&1',
        '$all.Count; $all[0]; $all[1].GetType().FullName',
        '$all[1].Exception.GetType().FullName; $all[1].Exception.Message; $all[1].TargetObject',
        '$all[2].FullyQualifiedErrorId; $null -eq $all[2].TargetObject; $all[2].CategoryInfo.ToString()',
        '$Error.Count; $Error[0].FullyQualifiedErrorId; $Error[1].FullyQualifiedErrorId',
        '"$($all[1].InvocationInfo.MyCommand.Name) $($all[1].InvocationInfo.InvocationName)"',
      ].join('\n'),
    );
    expect(result.output).toEqual([
      3,
      'done',
      'System.Management.Automation.ErrorRecord',
      'System.Management.Automation.RemoteException',
      'Cloning into x...',
      'Cloning into x...',
      'NativeCommandErrorMessage',
      true,
      'NotSpecified: (:) [], RemoteException',
      2,
      'NativeCommandErrorMessage',
      'NativeCommandError',
      'tool.exe tool',
    ]);
  });

  it('after `&` the record names the program (3P: "claw.exe : ..." for `& $exe 2>&1`)', () => {
    const result = runTool("& 'tool' 2>&1 | Out-Null\n$Error[1].InvocationInfo.InvocationName\n& tool 2>&1");
    expect(transcript(result.streams).split('\n').slice(0, 5)).toEqual([
      '&',
      'done',
      'tool.exe : Cloning into x...',
      'At line:3 char:1',
      '+ & tool 2>&1',
    ]);
  });

  it('2>$null and *>$null hide the records; they still reach $Error and make $? False', () => {
    expect(text('tool 2>$null; "$? $($Error.Count)"; tool *>$null; "$? $($Error.Count)"')).toBe(
      ['done', 'False 2', 'False 4'].join('\n'),
    );
  });

  it("*>&1 merges like 2>&1; under 'SilentlyContinue' the records are dropped from the output", () => {
    expect(runTool('$a = tool *>&1; $a.Count').output).toEqual([3]);
    const quiet = runTool(
      "$ErrorActionPreference = 'SilentlyContinue'; $a = tool 2>&1; $a.Count; $Error.Count",
    );
    expect(quiet.output).toEqual([1, 2]);
  });

  it("'Stop' makes the first line a terminating error, under 2>&1 and 2>$null alike (3P: 5.1's trap)", () => {
    const caught = runTool(
      "$ErrorActionPreference = 'Stop'\ntry { tool 2>$null; 'not here' } catch { \"$($_.FullyQualifiedErrorId): $_\" }\n$Error.Count",
    );
    expect(caught.output).toEqual(['done', 'NativeCommandError: Cloning into x...', 1]);
    const uncaught = runTool("$ErrorActionPreference = 'Stop'\ntool 2>&1\n'not here'");
    expect(uncaught.exitCode).toBe(1);
    expect(transcript(uncaught.streams)).toBe(
      [
        'done',
        'tool : Cloning into x...',
        'At line:2 char:1',
        '+ tool 2>&1',
        '+ ~~~~~~~~~',
        '    + CategoryInfo          : NotSpecified: (Cloning into x...:String) [], RemoteException',
        '    + FullyQualifiedErrorId : NativeCommandError',
        ' ',
      ].join('\n'),
    );
  });

  it('*>&1 on a cmdlet or function is refused by name (its warning/verbose merge is not emulated)', () => {
    expect(() => runTool("Write-Warning 'w' *>&1")).toThrow(UnsupportedError);
    expect(() => runTool("function f { 'x' }\nf *>&1")).toThrow(/\*>&1 on f \(only on a native program\)/);
  });
});
