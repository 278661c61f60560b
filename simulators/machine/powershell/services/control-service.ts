import type { CommandContext, CommandDefinition, CommandErrorLike } from '../../../powershell/index.js';
import type { ServiceInfo } from '../../services.js';
import { refuseParameters } from '../kit/refuse.js';
import type { MachineShell } from '../shell.js';
import { findServices } from './find-services.js';
import { serviceObject } from './service-object.js';

/** What a service control cmdlet does. */
export type ServiceAction = 'Start' | 'Stop' | 'Restart';

/**
 * Start-Service (sasv), Stop-Service (spsv) and Restart-Service (DOC: 5.1). Services are named as
 * for Get-Service, or piped (their Name binds). Each asks ShouldProcess with the cmdlet's name as
 * the action and "<DisplayName> (<Name>)" as the target (3P: real -WhatIf output). Starting a
 * running service or stopping a stopped one does nothing; a Disabled service cannot start (3P
 * text, the ServiceController as target). -PassThru writes the service afterwards. Dependencies
 * are not modelled, so -Force is accepted and changes nothing.
 */
export function controlService(shell: MachineShell, action: ServiceAction): CommandDefinition {
  const cmdlet = `${action}-Service`;
  const alias = { Start: ['sasv'], Stop: ['spsv'], Restart: [] }[action];
  return {
    name: cmdlet,
    aliases: alias,
    commandClass: `Microsoft.PowerShell.Commands.${action}ServiceCommand`,
    defaultParameterSet: 'Default',
    supportsShouldProcess: true,
    parameters: [
      { name: 'PassThru', type: 'switch' },
      { name: 'Include', type: 'string[]' },
      { name: 'Exclude', type: 'string[]' },
      ...(action === 'Start' ? [] : [{ name: 'Force', type: 'switch' as const }]),
      ...(action === 'Stop' ? [{ name: 'NoWait', type: 'switch' as const }] : []),
    ],
    parameterSets: [
      {
        name: 'Default',
        parameters: [
          {
            name: 'Name',
            type: 'string[]',
            position: 0,
            mandatory: true,
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
        refuseParameters(ctx, cmdlet, ['Include', 'Exclude', 'InputObject']);
        for (const info of findServices(ctx, shell)) {
          if (!ctx.shouldProcess(`${info.displayName} (${info.name})`, cmdlet)) continue;
          const after = apply(ctx, shell, info, action);
          if (after && ctx.params.PassThru === true) ctx.writeOutput(serviceObject(after));
        }
      },
    }),
  };
}

function apply(
  ctx: CommandContext,
  shell: MachineShell,
  info: ServiceInfo,
  action: ServiceAction,
): ServiceInfo | undefined {
  const scm = shell.machine.services;
  if (action === 'Stop') return scm.stop(info.name);
  const stopped = action === 'Restart' ? scm.stop(info.name) : info;
  if (stopped.status !== 'Running' && stopped.startType === 'Disabled') {
    ctx.writeError(cannotStart(stopped));
    return undefined;
  }
  return scm.start(info.name);
}

/** 3P (real 5.1 output): the error names the service; its target is the ServiceController. */
function cannotStart(info: ServiceInfo): CommandErrorLike {
  return {
    message: `Service '${info.displayName} (${info.name})' cannot be started due to the following error: Cannot start service ${info.name} on computer '.'.`,
    exceptionType: 'Microsoft.PowerShell.Commands.ServiceCommandException',
    errorId: 'CouldNotStartService',
    category: 'OpenError',
    targetObject: serviceObject(info),
  };
}
