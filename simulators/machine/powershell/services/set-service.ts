import type { CommandDefinition, CommandErrorLike } from '../../../powershell/index.js';
import { sz } from '../../../registry/index.js';
import { SERVICES_KEY, type StartType } from '../../services.js';
import { refuseParameters } from '../kit/refuse.js';
import { psText } from '../objects/ps-text.js';
import type { MachineShell } from '../shell.js';
import { refuseRemote } from './find-services.js';
import { serviceObject } from './service-object.js';

const START_MODE = {
  enum: 'System.ServiceProcess.ServiceStartMode',
  values: ['Boot', 'System', 'Automatic', 'Manual', 'Disabled'],
  numbers: [0, 1, 2, 3, 4],
};

/** 3P (real 5.1 output): "Service sshd was not found on computer '.'." (id and category INFER). */
const notFound = (name: string): CommandErrorLike => ({
  message: `Service ${name} was not found on computer '.'.`,
  exceptionType: 'System.InvalidOperationException',
  errorId: 'InvalidOperationException',
  category: 'ObjectNotFound',
  targetObject: name,
});

/**
 * Set-Service (DOC: Set-Service, 5.1): -StartupType (aliases StartMode, SM, ST), -DisplayName,
 * -Description (written to the service's registry key, as the SCM keeps them), and -Status
 * Running or Stopped. ShouldProcess "Set-Service" on "<DisplayName> (<Name>)". Paused is refused.
 */
export function setService(shell: MachineShell): CommandDefinition {
  return {
    name: 'Set-Service',
    commandClass: 'Microsoft.PowerShell.Commands.SetServiceCommand',
    defaultParameterSet: 'Name',
    supportsShouldProcess: true,
    parameters: [
      { name: 'DisplayName', type: 'string', aliases: ['DN'], valueFromPipelineByPropertyName: true },
      { name: 'Description', type: 'string', valueFromPipelineByPropertyName: true },
      {
        name: 'StartupType',
        type: START_MODE,
        aliases: ['StartMode', 'SM', 'ST'],
        valueFromPipelineByPropertyName: true,
      },
      { name: 'Status', type: 'string', valueFromPipelineByPropertyName: true },
      { name: 'PassThru', type: 'switch' },
      { name: 'ComputerName', type: 'string[]', aliases: ['cn'], valueFromPipelineByPropertyName: true },
    ],
    parameterSets: [
      {
        name: 'Name',
        parameters: [
          {
            name: 'Name',
            type: 'string',
            position: 0,
            mandatory: true,
            aliases: ['ServiceName', 'SN'],
            valueFromPipelineByPropertyName: true,
          },
        ],
      },
      { name: 'InputObject', parameters: [{ name: 'InputObject', type: 'object', mandatory: true }] },
    ],
    create: () => ({
      process(ctx) {
        refuseParameters(ctx, 'Set-Service', ['InputObject']);
        refuseRemote(ctx, shell, 'Set-Service');
        const scm = shell.machine.services;
        const name = psText(ctx.params.Name ?? null);
        const info = scm.find(name);
        if (!info) return ctx.writeError(notFound(name));
        const status = ctx.params.Status === undefined ? undefined : psText(ctx.params.Status).toLowerCase();
        if (status !== undefined && status !== 'running' && status !== 'stopped')
          ctx.unsupported(`Set-Service -Status ${psText(ctx.params.Status ?? null)}`);
        if (!ctx.shouldProcess(`${info.displayName} (${info.name})`, 'Set-Service')) return;
        const key = `${SERVICES_KEY}\\${info.name}`;
        if (ctx.params.DisplayName !== undefined)
          shell.machine.registry.setValue(key, 'DisplayName', sz(psText(ctx.params.DisplayName)));
        if (ctx.params.Description !== undefined)
          shell.machine.registry.setValue(key, 'Description', sz(psText(ctx.params.Description)));
        if (ctx.params.StartupType !== undefined)
          scm.setStartType(info.name, psText(ctx.params.StartupType) as StartType);
        if (status === 'stopped') scm.stop(info.name);
        if (status === 'running') scm.start(info.name);
        if (ctx.params.PassThru === true) ctx.writeOutput(serviceObject(scm.get(info.name)));
      },
    }),
  };
}
