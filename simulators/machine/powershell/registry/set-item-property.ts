import type { CommandDefinition } from '../../../powershell/index.js';
import { nativePath } from '../../../registry/index.js';
import { forEachPath } from '../kit/for-each-path.js';
import { FILTER_PARAMETERS, pathParameterSets } from '../kit/path-parameters.js';
import { refuseParameters } from '../kit/refuse.js';
import { existingKey } from '../kit/require-registry.js';
import { psText, textList } from '../objects/ps-text.js';
import type { MachineShell } from '../shell.js';
import { propertyObject } from './property-object.js';
import { toScriptValue } from './script-value.js';
import { propertyTarget, REGISTRY_VALUE_KIND } from './value-kind.js';

/**
 * Set-ItemProperty (alias sp) on registry keys (DOC: Set-ItemProperty, the registry provider's
 * dynamic -Type): creates or replaces a value; without -Type an existing value keeps its kind when
 * the data fits it. The key must exist. ShouldProcess "Set Property" (3P: real -Verbose output);
 * -PassThru writes the property object. -InputObject (a hashtable of values) is not emulated.
 */
export function setItemProperty(shell: MachineShell): CommandDefinition {
  return {
    name: 'Set-ItemProperty',
    aliases: ['sp'],
    commandClass: 'Microsoft.PowerShell.Commands.SetItemPropertyCommand',
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
      { name: 'Value', type: 'object', position: 2, mandatory: true, valueFromPipelineByPropertyName: true },
      { name: 'Type', type: REGISTRY_VALUE_KIND },
      { name: 'PassThru', type: 'switch' },
      { name: 'Force', type: 'switch' },
      ...FILTER_PARAMETERS,
    ],
    parameterSets: pathParameterSets(),
    create: () => ({
      process(ctx) {
        refuseParameters(ctx, 'Set-ItemProperty', ['Filter', 'Include', 'Exclude', 'Credential']);
        const name = psText(ctx.params.Name ?? null);
        const value = toScriptValue(ctx.params.Value ?? null);
        const type = ctx.params.Type === undefined ? undefined : textList(ctx.params.Type)[0];
        forEachPath(ctx, shell, (typed) => {
          const path = existingKey(ctx, shell, typed, 'Set-ItemProperty');
          if (!ctx.shouldProcess(propertyTarget(nativePath(path.key), name), 'Set Property')) return;
          const stored = shell.registry.setItemProperty(
            path.typed,
            name,
            value,
            type === undefined ? {} : { type },
          );
          if (ctx.params.PassThru === true) ctx.writeOutput(propertyObject(shell, path, [stored]));
        });
      },
    }),
  };
}
