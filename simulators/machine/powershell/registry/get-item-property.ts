import type { CommandDefinition } from '../../../powershell/index.js';
import { forEachPath } from '../kit/for-each-path.js';
import { FILTER_PARAMETERS, pathParameterSets } from '../kit/path-parameters.js';
import { refuseParameters } from '../kit/refuse.js';
import { existingKey } from '../kit/require-registry.js';
import { textList } from '../objects/ps-text.js';
import type { MachineShell } from '../shell.js';
import { propertyObject } from './property-object.js';
import { selectValues } from './select-values.js';

/**
 * Get-ItemProperty (alias gp) on registry keys (DOC: Get-ItemProperty, 5.1): one PSCustomObject per
 * key with the values -Name picks (all without it) and the provider's PS* properties. A key without
 * values writes nothing (INFER); a name the key lacks is a non-terminating PSArgumentException.
 */
export function getItemProperty(shell: MachineShell): CommandDefinition {
  return {
    name: 'Get-ItemProperty',
    aliases: ['gp'],
    commandClass: 'Microsoft.PowerShell.Commands.GetItemPropertyCommand',
    defaultParameterSet: 'Path',
    parameters: [
      { name: 'Name', type: 'string[]', position: 1, aliases: ['PSProperty'] },
      ...FILTER_PARAMETERS,
    ],
    parameterSets: pathParameterSets(),
    create: () => ({
      process(ctx) {
        refuseParameters(ctx, 'Get-ItemProperty', ['Filter', 'Include', 'Exclude', 'Credential']);
        const names = ctx.params.Name === undefined ? undefined : textList(ctx.params.Name);
        forEachPath(ctx, shell, (typed) => {
          const path = existingKey(ctx, shell, typed, 'Get-ItemProperty');
          const { values, missing } = selectValues(shell, path, names);
          for (const error of missing) ctx.writeError(error);
          if (values.length > 0) ctx.writeOutput(propertyObject(shell, path, values));
        });
      },
    }),
  };
}
