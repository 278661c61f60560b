import { describe, expect, it } from 'vitest';
import { run, streamsOf, testMachine, useGrammar } from './helpers.js';

useGrammar();

/** 3P (a real -Confirm capture): the ShouldProcess text of Restart-Computer on the local computer. */
const OPERATION =
  'Performing the operation "Enable the Local shutdown access rights and restart the computer." on target "localhost (WS01)".';

describe('Restart-Computer', () => {
  it('-Confirm asks with the real text; yes requests the restart and ends the script there', () => {
    const result = run("'before'\nRestart-Computer -Confirm\n'after'", { confirm: true });
    expect(result.prompts).toEqual([
      {
        caption: 'Confirm',
        message: `Are you sure you want to perform this action?\n${OPERATION}`,
        action: 'Enable the Local shutdown access rights and restart the computer.',
        target: 'localhost (WS01)',
      },
    ]);
    expect(result.text).toBe(
      `before\nConfirm\nAre you sure you want to perform this action?\n${OPERATION}\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): Y`,
    );
    expect(result.restartRequested).toBe(true);
    expect(result.restartLine).toBe(2);
    expect(result.output).toEqual(['before']);
  });

  it('no does nothing: no restart, the script goes on', () => {
    const result = run("Restart-Computer -Confirm\n'after'", { confirm: false });
    expect(result.restartRequested).toBe(false);
    expect(result.output).toEqual(['after']);
    expect(result.machine.restarts).toEqual([]);
  });

  it('without -Confirm (impact Medium) and with -Force it restarts at once; -WhatIf only tells', () => {
    expect(run('Restart-Computer -Force').restartRequested).toBe(true);
    expect(run('Restart-Computer').prompts).toEqual([]);
    const whatIf = run('Restart-Computer -WhatIf; "still here"');
    expect(whatIf.restartRequested).toBe(false);
    expect(streamsOf(whatIf)[0]).toEqual(['host', `What if: ${OPERATION}`]);
  });

  it('the machine itself, "localhost" and "." are local; the host name keeps its case', () => {
    const { machine, clock } = testMachine({ name: 'web-01' });
    const result = run('Restart-Computer -ComputerName web-01 -Confirm', { machine, clock, confirm: false });
    expect(result.prompts[0]?.target).toBe('localhost (web-01)');
    expect(() => run('Restart-Computer -ComputerName Server02')).toThrow(/remote computers/);
    expect(() => run('Restart-Computer -Wait')).toThrow(/Restart-Computer -Wait/);
  });

  it("the restart itself is the caller's: the machine is untouched by the script", () => {
    const result = run('Restart-Computer -Force');
    expect(result.machine.restarts).toEqual([]);
  });
});

describe('Start-Sleep on the machine', () => {
  it("advances the machine's clock (virtual time)", () => {
    const { machine, clock } = testMachine();
    const start = clock.now();
    run('Start-Sleep -Seconds 30; Start-Sleep -Milliseconds 500; sleep 1', { machine, clock });
    expect(clock.now() - start).toBe(31_500);
    const result = run('"$((Get-CimInstance Win32_OperatingSystem).LocalDateTime)"', { machine, clock });
    expect(result.output).toEqual(['10/23/2025 8:00:31 AM']);
  });
});
