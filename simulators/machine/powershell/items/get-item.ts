import type { CommandDefinition } from '../../../powershell/index.js';
import { forEachPath } from '../kit/for-each-path.js';
import { FILTER_PARAMETERS, pathParameterSets } from '../kit/path-parameters.js';
import { refuseParameters } from '../kit/refuse.js';
import type { MachineShell } from '../shell.js';
import { itemObject } from './item-object.js';

/**
 * Get-Item (alias gi; DOC: Get-Item, 5.1): the registry key or the file or folder each path names.
 * A path that does not exist is the non-terminating `Cannot find path '<path>' because it does not
 * exist.` (ItemNotFoundException, PathNotFound); a wildcard that matches nothing is no error.
 */
export function getItem(shell: MachineShell): CommandDefinition {
  return {
    name: 'Get-Item',
    aliases: ['gi'],
    commandClass: 'Microsoft.PowerShell.Commands.GetItemCommand',
    defaultParameterSet: 'Path',
    parameters: [
      { name: 'Force', type: 'switch' },
      { name: 'Stream', type: 'string[]' },
      ...FILTER_PARAMETERS,
    ],
    parameterSets: pathParameterSets({ fromPipeline: true }),
    create: () => ({
      process(ctx) {
        refuseParameters(ctx, 'Get-Item', ['Filter', 'Include', 'Exclude', 'Credential', 'Stream']);
        forEachPath(ctx, shell, (path) => ctx.writeOutput(itemObject(shell, path)));
      },
    }),
  };
}
