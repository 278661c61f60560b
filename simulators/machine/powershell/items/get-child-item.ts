import type { CommandDefinition } from '../../../powershell/index.js';
import { registryErrors } from '../../../registry/index.js';
import { forEachPath } from '../kit/for-each-path.js';
import { refuseParameters } from '../kit/refuse.js';
import { psText } from '../objects/ps-text.js';
import { wildcardMatcher } from '../paths/wildcard.js';
import type { MachineShell } from '../shell.js';
import { type ChildQuery, diskChildren, registryChildren } from './child-items.js';
import { itemExists } from './item-object.js';

/**
 * Get-ChildItem (aliases gci, dir, ls; DOC: Get-ChildItem, 5.1): a key's subkeys or a folder's
 * entries; -Recurse with -Depth, -Filter (a wildcard on names), -Name (relative names instead of
 * objects), and the FileSystem provider's -File and -Directory. A path that does not exist is
 * PathNotFound. Without -Path it would list the current location, which is not emulated.
 */
export function getChildItem(shell: MachineShell): CommandDefinition {
  return {
    name: 'Get-ChildItem',
    aliases: ['gci', 'dir', 'ls'],
    commandClass: 'Microsoft.PowerShell.Commands.GetChildItemCommand',
    defaultParameterSet: 'Items',
    parameters: [
      { name: 'Filter', type: 'string', position: 1 },
      { name: 'Include', type: 'string[]' },
      { name: 'Exclude', type: 'string[]' },
      { name: 'Recurse', type: 'switch', aliases: ['s'] },
      { name: 'Depth', type: 'uint32' },
      { name: 'Force', type: 'switch' },
      { name: 'Name', type: 'switch' },
      { name: 'File', type: 'switch' },
      { name: 'Directory', type: 'switch', aliases: ['ad', 'd'] },
      { name: 'Hidden', type: 'switch' },
      { name: 'ReadOnly', type: 'switch' },
      { name: 'System', type: 'switch' },
      { name: 'Attributes', type: 'string' },
    ],
    parameterSets: [
      {
        name: 'Items',
        parameters: [
          {
            name: 'Path',
            type: 'string[]',
            position: 0,
            valueFromPipeline: true,
            valueFromPipelineByPropertyName: true,
          },
        ],
      },
      {
        name: 'LiteralItems',
        parameters: [
          {
            name: 'LiteralPath',
            type: 'string[]',
            mandatory: true,
            aliases: ['PSPath'],
            valueFromPipelineByPropertyName: true,
          },
        ],
      },
    ],
    create: () => ({
      process(ctx) {
        refuseParameters(ctx, 'Get-ChildItem', [
          'Include',
          'Exclude',
          'Hidden',
          'ReadOnly',
          'System',
          'Attributes',
        ]);
        if (ctx.params.Path === undefined && ctx.params.LiteralPath === undefined)
          ctx.unsupported('Get-ChildItem without -Path (the current location is not emulated)');
        const depth = ctx.params.Depth === undefined ? Number.POSITIVE_INFINITY : Number(ctx.params.Depth);
        const filter =
          ctx.params.Filter === undefined ? undefined : wildcardMatcher(psText(ctx.params.Filter));
        const query: ChildQuery = {
          recurse: ctx.params.Recurse === true || ctx.params.Depth !== undefined,
          depth,
          match: filter ?? (() => true),
          files: ctx.params.Directory !== true,
          folders: ctx.params.File !== true,
        };
        forEachPath(ctx, shell, (path) => {
          if (!itemExists(shell, path)) throw registryErrors.pathNotFound(path.typed);
          const children =
            path.provider === 'Registry'
              ? registryChildren(shell, path, query)
              : diskChildren(shell, path, query);
          for (const child of children)
            ctx.writeOutput(ctx.params.Name === true ? child.relative : child.object);
        });
      },
    }),
  };
}
