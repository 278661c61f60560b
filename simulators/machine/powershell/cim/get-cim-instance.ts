import { CimError, type CimInstance } from '../../../cim/index.js';
import type { CommandDefinition } from '../../../powershell/index.js';
import { refuseParameters } from '../kit/refuse.js';
import { psText, textList } from '../objects/ps-text.js';
import { refuseRemote } from '../services/find-services.js';
import type { MachineShell } from '../shell.js';
import { cimInstanceObject } from './cim-instance-object.js';

/**
 * Get-CimInstance (alias gcim; DOC: Get-CimInstance, CimCmdlets 5.1): -ClassName (position 0) with
 * -Filter and -Property, or -Query (WQL), in -Namespace (default root\cimv2), on this machine.
 * Failures are the repository's CimException texts ("Invalid class " and friends, HRESULT ids),
 * written as non-terminating errors. The other sets (-ResourceUri, -InputObject, sessions) are
 * not emulated.
 */
export function getCimInstance(shell: MachineShell): CommandDefinition {
  return {
    name: 'Get-CimInstance',
    aliases: ['gcim'],
    commandClass: 'Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand',
    defaultParameterSet: 'ClassNameComputerSet',
    parameters: [
      { name: 'Namespace', type: 'string', valueFromPipelineByPropertyName: true },
      {
        name: 'ComputerName',
        type: 'string[]',
        aliases: ['CN', 'ServerName'],
        valueFromPipelineByPropertyName: true,
      },
      { name: 'OperationTimeoutSec', type: 'uint32', aliases: ['OT'] },
      { name: 'CimSession', type: 'object' },
      { name: 'ResourceUri', type: 'string' },
      { name: 'Shallow', type: 'switch' },
      { name: 'KeyOnly', type: 'switch' },
    ],
    parameterSets: [
      {
        name: 'ClassNameComputerSet',
        parameters: [
          { name: 'ClassName', type: 'string', position: 0, mandatory: true },
          { name: 'Filter', type: 'string' },
          { name: 'Property', type: 'string[]', aliases: ['SelectProperties'] },
        ],
      },
      {
        name: 'QueryComputerSet',
        parameters: [
          { name: 'Query', type: 'string', mandatory: true },
          { name: 'QueryDialect', type: 'string' },
        ],
      },
    ],
    create: () => ({
      process(ctx) {
        refuseParameters(ctx, 'Get-CimInstance', ['CimSession', 'ResourceUri', 'Shallow', 'KeyOnly']);
        refuseRemote(ctx, shell, 'Get-CimInstance');
        const dialect = ctx.params.QueryDialect === undefined ? 'WQL' : psText(ctx.params.QueryDialect);
        if (dialect.toUpperCase() !== 'WQL') ctx.unsupported(`Get-CimInstance -QueryDialect ${dialect}`);
        const namespace = ctx.params.Namespace === undefined ? undefined : psText(ctx.params.Namespace);
        let instances: CimInstance[];
        try {
          instances =
            ctx.params.Query !== undefined
              ? shell.cim.query(namespace, psText(ctx.params.Query))
              : shell.cim.getInstances(namespace, psText(ctx.params.ClassName ?? null), {
                  ...(ctx.params.Filter === undefined ? {} : { filter: psText(ctx.params.Filter) }),
                  ...(ctx.params.Property === undefined ? {} : { property: textList(ctx.params.Property) }),
                });
        } catch (error) {
          if (!(error instanceof CimError)) throw error;
          return ctx.writeError(error);
        }
        for (const instance of instances) ctx.writeOutput(cimInstanceObject(instance));
      },
    }),
  };
}
