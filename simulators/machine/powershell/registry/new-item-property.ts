import type { CommandDefinition } from '../../../powershell/index.js';
import { nativePath } from '../../../registry/index.js';
import { forEachPath } from '../kit/for-each-path.js';
import { FILTER_PARAMETERS, pathParameterSets } from '../kit/path-parameters.js';
import { refuseParameters } from '../kit/refuse.js';
import { existingKey } from '../kit/require-registry.js';
import { psText } from '../objects/ps-text.js';
import type { MachineShell } from '../shell.js';
import { propertyObject } from './property-object.js';
import { toScriptValue } from './script-value.js';
import { propertyTarget } from './value-kind.js';

/**
 * New-ItemProperty on registry keys (DOC: New-ItemProperty; DOMAIN.md section 7): the key must
 * exist (-Force does not create it); an existing value is an IOException without -Force and is
 * overwritten with it. -PropertyType (alias Type) is a string the provider parses. Writes the
 * property object. ShouldProcess "New Property" (INFER: named like "Set Property").
 */
export function newItemProperty(shell: MachineShell): CommandDefinition {
  return {
    name: 'New-ItemProperty',
    commandClass: 'Microsoft.PowerShell.Commands.NewItemPropertyCommand',
    defaultParameterSet: 'Path',
    supportsShouldProcess: true,
    parameters: [
      {
        name: 'Name',
        type: 'string',
        position: 1,
        mandatory: true,
        aliases: ['PSProperty'],
        valueFromPipelineByPropertyName: true,
      },
      { name: 'PropertyType', type: 'string', aliases: ['Type'], valueFromPipelineByPropertyName: true },
      { name: 'Value', type: 'object', valueFromPipelineByPropertyName: true },
      { name: 'Force', type: 'switch' },
      ...FILTER_PARAMETERS,
    ],
    parameterSets: pathParameterSets(),
    create: () => ({
      process(ctx) {
        refuseParameters(ctx, 'New-ItemProperty', ['Filter', 'Include', 'Exclude', 'Credential']);
        const name = psText(ctx.params.Name ?? null);
        const value = toScriptValue(ctx.params.Value ?? null);
        const propertyType =
          ctx.params.PropertyType === undefined ? undefined : psText(ctx.params.PropertyType);
        forEachPath(ctx, shell, (typed) => {
          const path = existingKey(ctx, shell, typed, 'New-ItemProperty');
          if (!ctx.shouldProcess(propertyTarget(nativePath(path.key), name), 'New Property')) return;
          const stored = shell.registry.newItemProperty(path.typed, name, value, {
            force: ctx.params.Force === true,
            ...(propertyType === undefined ? {} : { propertyType }),
          });
          ctx.writeOutput(propertyObject(shell, path, [stored]));
        });
      },
    }),
  };
}
