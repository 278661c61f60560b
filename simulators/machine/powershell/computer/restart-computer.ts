import type { CommandDefinition } from '../../../powershell/index.js';
import { refuseParameters } from '../kit/refuse.js';
import { textList } from '../objects/ps-text.js';
import type { MachineShell } from '../shell.js';

/**
 * Restart-Computer (DOC: Restart-Computer, 5.1; PowerShell's RestartComputerCommand). The local
 * computer ("localhost", ".", or its own name) is restarted after ShouldProcess with the action
 * "Enable the Local shutdown access rights and restart the computer." on the target
 * "localhost (<host name>)" (3P: real -Confirm output; DOC: ComputerResources, DoubleComputerName
 * with Dns.GetHostName(), which keeps the name's case, INFER). The impact is Medium, so only
 * -Confirm asks. A yes requests the restart, which ends the script there; a no does nothing. No
 * one is logged on interactively (ASSUME), so -Force is accepted and changes nothing. Remote
 * computers, -Wait, -AsJob and the other options are refused by name.
 */
export function restartComputer(shell: MachineShell): CommandDefinition {
  return {
    name: 'Restart-Computer',
    commandClass: 'Microsoft.PowerShell.Commands.RestartComputerCommand',
    defaultParameterSet: 'DefaultSet',
    supportsShouldProcess: true,
    confirmImpact: 'Medium',
    parameters: [
      {
        name: 'ComputerName',
        type: 'string[]',
        position: 0,
        aliases: ['CN', '__SERVER', 'Server', 'IPAddress'],
        valueFromPipelineByPropertyName: true,
      },
      { name: 'Credential', type: 'object', position: 1 },
      { name: 'Force', type: 'switch', aliases: ['f'] },
      { name: 'Wait', type: 'switch' },
      { name: 'Timeout', type: 'int', aliases: ['TimeoutSec'] },
      { name: 'For', type: 'string' },
      { name: 'Delay', type: 'int' },
      { name: 'Protocol', type: 'string' },
      { name: 'WsmanAuthentication', type: 'string' },
      { name: 'DcomAuthentication', type: 'string', aliases: ['Authentication'] },
      { name: 'Impersonation', type: 'string' },
      { name: 'AsJob', type: 'switch' },
      { name: 'ThrottleLimit', type: 'int' },
    ],
    parameterSets: [{ name: 'DefaultSet', parameters: [] }],
    create: () => ({
      process(ctx) {
        refuseParameters(ctx, 'Restart-Computer', [
          'Credential',
          'Wait',
          'Timeout',
          'For',
          'Delay',
          'Protocol',
          'WsmanAuthentication',
          'DcomAuthentication',
          'Impersonation',
          'AsJob',
          'ThrottleLimit',
        ]);
        const local = ['.', 'localhost', shell.machine.name.toLowerCase()];
        const names = ctx.params.ComputerName === undefined ? ['.'] : textList(ctx.params.ComputerName);
        for (const name of names)
          if (!local.includes(name.toLowerCase()))
            ctx.unsupported(`Restart-Computer -ComputerName ${name} (remote computers)`);
        const target = `localhost (${shell.machine.name})`;
        if (ctx.shouldProcess(target, 'Enable the Local shutdown access rights and restart the computer.'))
          ctx.requestRestart();
      },
    }),
  };
}
