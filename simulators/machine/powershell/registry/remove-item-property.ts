import type { CommandDefinition } from '../../../powershell/index.js';
import { nativePath } from '../../../registry/index.js';
import { forEachPath } from '../kit/for-each-path.js';
import { FILTER_PARAMETERS, pathParameterSets } from '../kit/path-parameters.js';
import { refuseParameters } from '../kit/refuse.js';
import { existingKey } from '../kit/require-registry.js';
import { textList } from '../objects/ps-text.js';
import type { MachineShell } from '../shell.js';
import { DEFAULT_VALUE_NAME } from './property-object.js';
import { selectValues } from './select-values.js';
import { propertyTarget } from './value-kind.js';

/**
 * Remove-ItemProperty (alias rp) on registry keys (DOC: Remove-ItemProperty; DOMAIN.md section 7):
 * a value the key lacks is the non-terminating `Property <Name> does not exist at path
 * <native path>.` (PSArgumentException); wildcards remove every match and matching none is no
 * error. ShouldProcess "Remove Property" (3P: real -Confirm text).
 */
export function removeItemProperty(shell: MachineShell): CommandDefinition {
  return {
    name: 'Remove-ItemProperty',
    aliases: ['rp'],
    commandClass: 'Microsoft.PowerShell.Commands.RemoveItemPropertyCommand',
    defaultParameterSet: 'Path',
    supportsShouldProcess: true,
    parameters: [
      {
        name: 'Name',
        type: 'string[]',
        position: 1,
        mandatory: true,
        aliases: ['PSProperty'],
        valueFromPipelineByPropertyName: true,
      },
      { name: 'Force', type: 'switch' },
      ...FILTER_PARAMETERS,
    ],
    parameterSets: pathParameterSets(),
    create: () => ({
      process(ctx) {
        refuseParameters(ctx, 'Remove-ItemProperty', ['Filter', 'Include', 'Exclude', 'Credential']);
        forEachPath(ctx, shell, (typed) => {
          const path = existingKey(ctx, shell, typed, 'Remove-ItemProperty');
          const { values, missing } = selectValues(shell, path, textList(ctx.params.Name));
          for (const error of missing) ctx.writeError(error);
          const native = nativePath(path.key);
          for (const value of values) {
            const shown = value.name === '' ? DEFAULT_VALUE_NAME : value.name;
            if (ctx.shouldProcess(propertyTarget(native, shown), 'Remove Property'))
              shell.machine.registry.deleteValue(path.key, value.name);
          }
        });
      },
    }),
  };
}
