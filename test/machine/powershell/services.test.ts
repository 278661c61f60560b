import { describe, expect, it } from 'vitest';
import { firstError, run, streamsOf, testMachine, useGrammar } from './helpers.js';

useGrammar();

describe('Get-Service', () => {
  it('shows Status, Name, DisplayName; all services in name order without -Name', () => {
    expect(run('Get-Service').text).toBe(
      [
        '',
        'Status  Name             DisplayName',
        '------  ----             -----------',
        'Stopped arcproxy         Azure Arc Proxy',
        'Running ExtensionService Guest Configuration Extension Service',
        'Running GCArcService     Guest Configuration Arc Service',
        'Running himds            Azure Hybrid Instance Metadata Service',
        'Stopped wuauserv         Windows Update',
        '',
        '',
      ].join('\n'),
    );
  });

  it('returns ServiceController objects; names ignore case; wildcards; -DisplayName (alias gsv)', () => {
    const result = run(`
$s = Get-Service -Name 'HIMDS'
$s.GetType().FullName; $s.Name; $s.Status; $s.StartType; $s.DisplayName; $s.CanStop
(gsv 'G*', 'ext*').Name
(Get-Service -DisplayName 'Windows*').Name
(Get-Service -ServiceName himds).ServiceName
`);
    expect(result.output).toEqual([
      'System.ServiceProcess.ServiceController',
      'himds',
      'Running',
      'Automatic',
      'Azure Hybrid Instance Metadata Service',
      true,
      'GCArcService',
      'ExtensionService',
      'wuauserv',
      'himds',
    ]);
  });

  it('an unknown name is the non-terminating NoServiceFoundForGivenName (3P); a wildcard matching none is no error', () => {
    const result = run("Get-Service -Name 'nope', 'nope*', 'himds' | Select-Object -ExpandProperty Name");
    expect(firstError(result)).toEqual({
      line: "Get-Service : Cannot find any service with service name 'nope'.",
      category: 'ObjectNotFound: (nope:String) [Get-Service], ServiceCommandException',
      id: 'NoServiceFoundForGivenName,Microsoft.PowerShell.Commands.GetServiceCommand',
    });
    expect(result.output).toEqual(['himds']);
    expect(firstError(run("Get-Service -DisplayName 'Nope'"))).toEqual({
      line: "Get-Service : Cannot find any service with display name 'Nope'.",
      category: 'ObjectNotFound: (Nope:String) [Get-Service], ServiceCommandException',
      id: 'NoServiceFoundForGivenDisplayName,Microsoft.PowerShell.Commands.GetServiceCommand',
    });
  });
});

describe('Start-Service, Stop-Service, Restart-Service', () => {
  it('stop and start change the run state; -PassThru writes the service (aliases spsv, sasv)', () => {
    const { machine, clock } = testMachine();
    const result = run(
      "Stop-Service -Name 'HIMDS'; (Get-Service himds).Status; (sasv himds -PassThru).Status; spsv himds -Force -PassThru | Select-Object -ExpandProperty Status",
      { machine, clock },
    );
    expect(result.output).toEqual(['Stopped', 'Running', 'Stopped']);
    expect(result.streams.filter((s) => s.stream === 'error')).toEqual([]);
    expect(machine.services.find('himds')?.status).toBe('Stopped');
  });

  it('an unknown service is NoServiceFoundForGivenName of the cmdlet (DOMAIN.md 7)', () => {
    expect(firstError(run("Stop-Service -Name 'nope'"))).toEqual({
      line: "Stop-Service : Cannot find any service with service name 'nope'.",
      category: 'ObjectNotFound: (nope:String) [Stop-Service], ServiceCommandException',
      id: 'NoServiceFoundForGivenName,Microsoft.PowerShell.Commands.StopServiceCommand',
    });
  });

  it('-WhatIf names the cmdlet and "<DisplayName> (<Name>)" (3P); piped services bind by Name', () => {
    const result = run("Get-Service himds | Restart-Service -WhatIf; 'himds' | Stop-Service -WhatIf");
    expect(streamsOf(result)).toEqual([
      [
        'host',
        'What if: Performing the operation "Restart-Service" on target "Azure Hybrid Instance Metadata Service (himds)".',
      ],
      [
        'host',
        'What if: Performing the operation "Stop-Service" on target "Azure Hybrid Instance Metadata Service (himds)".',
      ],
    ]);
  });

  it('a Disabled service cannot start (3P text; the ServiceController is the target)', () => {
    const result = run('Start-Service arcproxy');
    expect(firstError(result)).toEqual({
      line: "Start-Service : Service 'Azure Arc Proxy (arcproxy)' cannot be started due to the following error: Cannot start service arcproxy on computer '.'.",
      category:
        'OpenError: (System.ServiceProcess.ServiceController:ServiceController) [Start-Service], ServiceCommandException',
      id: 'CouldNotStartService,Microsoft.PowerShell.Commands.StartServiceCommand',
    });
    expect(result.machine.services.find('arcproxy')?.status).toBe('Stopped');
  });

  it('Restart-Service stops and starts again', () => {
    const { machine, clock } = testMachine();
    run('Stop-Service wuauserv; Restart-Service wuauserv', { machine, clock });
    expect(machine.services.find('wuauserv')?.status).toBe('Running');
  });
});

describe('Set-Service', () => {
  it('-StartupType writes the service configuration; -Status starts or stops; -PassThru', () => {
    const { machine, clock } = testMachine();
    const result = run(
      'Set-Service -Name arcproxy -StartupType Manual; Set-Service arcproxy -Status Running -PassThru | Select-Object Status, StartType | ForEach-Object { "$($_.Status) $($_.StartType)" }',
      { machine, clock },
    );
    expect(result.output).toEqual(['Running Manual']);
    expect(
      machine.registry.getValue('HKLM\\SYSTEM\\CurrentControlSet\\Services\\arcproxy', 'Start')?.data,
    ).toBe(3);
  });

  it('-StartupType takes ServiceStartMode names (aliases StartMode, SM, ST)', () => {
    const result = run(
      'Set-Service himds -StartMode Disabled; (Get-Service himds).StartType; Set-Service himds -ST Sometimes',
    );
    expect(result.output).toEqual(['Disabled']);
    expect(firstError(result).line).toContain(
      'Cannot bind parameter \'StartupType\'. Cannot convert value "Sometimes" to type "System.ServiceProcess.ServiceStartMode".',
    );
  });

  it('an unknown service: "Service <name> was not found on computer \'.\'." (3P)', () => {
    expect(firstError(run('Set-Service sshd -StartupType Automatic'))).toEqual({
      line: "Set-Service : Service sshd was not found on computer '.'.",
      category: 'ObjectNotFound: (sshd:String) [Set-Service], InvalidOperationException',
      id: 'InvalidOperationException,Microsoft.PowerShell.Commands.SetServiceCommand',
    });
  });
});
