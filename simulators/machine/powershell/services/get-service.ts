import type { CommandDefinition } from '../../../powershell/index.js';
import { refuseParameters } from '../kit/refuse.js';
import type { MachineShell } from '../shell.js';
import { findServices, refuseRemote } from './find-services.js';
import { serviceObject } from './service-object.js';

/**
 * Get-Service (alias gsv; DOC: Get-Service, 5.1): services by -Name (position 0, alias
 * ServiceName, wildcards) or -DisplayName, or all of them; see findServices for the errors.
 */
export function getService(shell: MachineShell): CommandDefinition {
  return {
    name: 'Get-Service',
    aliases: ['gsv'],
    commandClass: 'Microsoft.PowerShell.Commands.GetServiceCommand',
    defaultParameterSet: 'Default',
    parameters: [
      { name: 'ComputerName', type: 'string[]', aliases: ['Cn'], valueFromPipelineByPropertyName: true },
      { name: 'DependentServices', type: 'switch', aliases: ['DS'] },
      { name: 'RequiredServices', type: 'switch', aliases: ['SDO', 'ServicesDependedOn'] },
      { name: 'Include', type: 'string[]' },
      { name: 'Exclude', type: 'string[]' },
    ],
    parameterSets: [
      {
        name: 'Default',
        parameters: [
          {
            name: 'Name',
            type: 'string[]',
            position: 0,
            aliases: ['ServiceName'],
            valueFromPipeline: true,
            valueFromPipelineByPropertyName: true,
          },
        ],
      },
      { name: 'DisplayName', parameters: [{ name: 'DisplayName', type: 'string[]', mandatory: true }] },
      { name: 'InputObject', parameters: [{ name: 'InputObject', type: 'object[]', mandatory: true }] },
    ],
    create: () => ({
      process(ctx) {
        refuseParameters(ctx, 'Get-Service', [
          'DependentServices',
          'RequiredServices',
          'Include',
          'Exclude',
          'InputObject',
        ]);
        refuseRemote(ctx, shell, 'Get-Service');
        for (const info of findServices(ctx, shell)) ctx.writeOutput(serviceObject(info));
      },
    }),
  };
}
