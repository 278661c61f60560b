import { CimError, type CimInstance, cimErrors, DEFAULT_NAMESPACE } from '../../../cim/index.js';
import type { CommandDefinition } from '../../../powershell/index.js';
import { refuseParameters } from '../kit/refuse.js';
import { psText, textList } from '../objects/ps-text.js';
import { refuseRemote } from '../services/find-services.js';
import type { MachineShell } from '../shell.js';
import { wmiObject } from './wmi-object.js';

/**
 * Get-WmiObject (alias gwmi; DOC: Get-WmiObject, 5.1): -Class (position 0, alias ClassName) with
 * -Property (position 1) and -Filter, which the cmdlet turns into `select <props> from <class>
 * where <filter>` (DOC: GetWmiObjectCommand), or -Query; in -Namespace (alias NS, default
 * root\cimv2). Failures are ManagementException's `Invalid class "X"` texts, non-terminating, id
 * GetWMIManagementException. -List, -Recurse, -AsJob and the connection options are not emulated.
 */
export function getWmiObject(shell: MachineShell): CommandDefinition {
  return {
    name: 'Get-WmiObject',
    aliases: ['gwmi'],
    commandClass: 'Microsoft.PowerShell.Commands.GetWmiObjectCommand',
    defaultParameterSet: 'query',
    parameters: [
      { name: 'Namespace', type: 'string', aliases: ['NS'] },
      { name: 'ComputerName', type: 'string[]', aliases: ['Cn'] },
      { name: 'Credential', type: 'object' },
      { name: 'Amended', type: 'switch' },
      { name: 'DirectRead', type: 'switch' },
      { name: 'AsJob', type: 'switch' },
      { name: 'EnableAllPrivileges', type: 'switch' },
      { name: 'Impersonation', type: 'string' },
      { name: 'Authentication', type: 'string' },
      { name: 'Locale', type: 'string' },
      { name: 'Authority', type: 'string' },
      { name: 'ThrottleLimit', type: 'int' },
    ],
    parameterSets: [
      {
        name: 'query',
        parameters: [
          { name: 'Class', type: 'string', position: 0, mandatory: true, aliases: ['ClassName'] },
          { name: 'Property', type: 'string[]', position: 1 },
          { name: 'Filter', type: 'string' },
        ],
      },
      { name: 'WQLQuery', parameters: [{ name: 'Query', type: 'string', mandatory: true }] },
      {
        name: 'list',
        parameters: [
          { name: 'List', type: 'switch', mandatory: true },
          { name: 'Recurse', type: 'switch' },
        ],
      },
    ],
    create: () => ({
      process(ctx) {
        refuseParameters(ctx, 'Get-WmiObject', [
          'List',
          'Recurse',
          'Credential',
          'Amended',
          'DirectRead',
          'AsJob',
          'EnableAllPrivileges',
          'Impersonation',
          'Authentication',
          'Locale',
          'Authority',
          'ThrottleLimit',
        ]);
        refuseRemote(ctx, shell, 'Get-WmiObject');
        const namespace =
          ctx.params.Namespace === undefined ? DEFAULT_NAMESPACE : psText(ctx.params.Namespace);
        const className = ctx.params.Class === undefined ? undefined : psText(ctx.params.Class);
        const properties = ctx.params.Property === undefined ? ['*'] : textList(ctx.params.Property);
        const where = ctx.params.Filter === undefined ? '' : ` where ${psText(ctx.params.Filter)}`;
        const query =
          ctx.params.Query !== undefined
            ? psText(ctx.params.Query)
            : `select ${properties.join(',')} from ${className}${where}`;
        let instances: CimInstance[];
        try {
          instances = shell.cim.query(namespace, query);
        } catch (error) {
          if (!(error instanceof CimError)) throw error;
          const request = { namespace, query, ...(className === undefined ? {} : { className }) };
          return ctx.writeError(cimErrors.forGetWmiObject(error, request));
        }
        const server = shell.machine.name.toUpperCase();
        for (const instance of instances) ctx.writeOutput(wmiObject(instance, server));
      },
    }),
  };
}
