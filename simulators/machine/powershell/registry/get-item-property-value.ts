import type { CommandDefinition } from '../../../powershell/index.js';
import { forEachPath } from '../kit/for-each-path.js';
import { FILTER_PARAMETERS, pathParameterSets } from '../kit/path-parameters.js';
import { refuseParameters } from '../kit/refuse.js';
import { existingKey } from '../kit/require-registry.js';
import { textList } from '../objects/ps-text.js';
import type { MachineShell } from '../shell.js';
import { selectValues } from './select-values.js';
import { registryValueToPS } from './value-to-ps.js';

/**
 * Get-ItemPropertyValue (alias gpv; DOC: new in 5.0): the values themselves, one output object per
 * name, in the order named; a name the key lacks is a non-terminating PSArgumentException.
 */
export function getItemPropertyValue(shell: MachineShell): CommandDefinition {
  return {
    name: 'Get-ItemPropertyValue',
    aliases: ['gpv'],
    commandClass: 'Microsoft.PowerShell.Commands.GetItemPropertyValueCommand',
    defaultParameterSet: 'Path',
    parameters: [
      { name: 'Name', type: 'string[]', position: 1, mandatory: true, aliases: ['PSProperty'] },
      ...FILTER_PARAMETERS,
    ],
    parameterSets: pathParameterSets({ mandatory: false }),
    create: () => ({
      process(ctx) {
        refuseParameters(ctx, 'Get-ItemPropertyValue', ['Filter', 'Include', 'Exclude', 'Credential']);
        if (ctx.params.Path === undefined && ctx.params.LiteralPath === undefined)
          ctx.unsupported('Get-ItemPropertyValue without -Path (the current location is not emulated)');
        forEachPath(ctx, shell, (typed) => {
          const path = existingKey(ctx, shell, typed, 'Get-ItemPropertyValue');
          const { values, missing } = selectValues(shell, path, textList(ctx.params.Name));
          for (const error of missing) ctx.writeError(error);
          for (const value of values) ctx.writeOutput(registryValueToPS(value, shell.environment));
        });
      },
    }),
  };
}
