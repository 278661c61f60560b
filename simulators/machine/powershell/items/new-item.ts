import type { CommandDefinition } from '../../../powershell/index.js';
import { forEachPath } from '../kit/for-each-path.js';
import { refuseParameters } from '../kit/refuse.js';
import { psText, textList } from '../objects/ps-text.js';
import type { MachineShell } from '../shell.js';
import { newDiskItem } from './new-disk-item.js';
import { newRegistryKey } from './new-registry-key.js';

/**
 * New-Item (alias ni; DOC: New-Item, 5.1): "pathSet" takes the full path, "nameSet" a -Name under
 * -Path. Registry keys (-ItemType absent or Key) and, on the disk, files (the default) and folders
 * (-ItemType Directory); other item types are refused by name.
 */
export function newItem(shell: MachineShell): CommandDefinition {
  return {
    name: 'New-Item',
    aliases: ['ni'],
    commandClass: 'Microsoft.PowerShell.Commands.NewItemCommand',
    defaultParameterSet: 'pathSet',
    supportsShouldProcess: true,
    parameters: [
      { name: 'ItemType', type: 'string', aliases: ['Type'], valueFromPipelineByPropertyName: true },
      {
        name: 'Value',
        type: 'object',
        valueFromPipeline: true,
        valueFromPipelineByPropertyName: true,
        aliases: ['Target'],
      },
      { name: 'Force', type: 'switch' },
      { name: 'Credential', type: 'object' },
    ],
    parameterSets: [
      {
        name: 'pathSet',
        parameters: [
          {
            name: 'Path',
            type: 'string[]',
            position: 0,
            mandatory: true,
            valueFromPipelineByPropertyName: true,
          },
        ],
      },
      {
        name: 'nameSet',
        parameters: [
          { name: 'Path', type: 'string[]', position: 0, valueFromPipelineByPropertyName: true },
          { name: 'Name', type: 'string', mandatory: true, valueFromPipelineByPropertyName: true },
        ],
      },
    ],
    create: () => ({
      process(ctx) {
        refuseParameters(ctx, 'New-Item', ['Credential']);
        if (ctx.params.Path === undefined)
          ctx.unsupported('New-Item without -Path (the current location is not emulated)');
        const name = ctx.params.Name === undefined ? undefined : psText(ctx.params.Name);
        const itemType = ctx.params.ItemType === undefined ? undefined : psText(ctx.params.ItemType);
        const given = textList(ctx.params.Path);
        // INFER: New-Item does not expand wildcards (it has no -LiteralPath); -Name goes under each -Path.
        const paths = name === undefined ? given : given.map((p) => `${p.replace(/[\\/]+$/, '')}\\${name}`);
        forEachPath(
          ctx,
          shell,
          (path) => {
            if (path.provider === 'Registry') {
              if (itemType !== undefined && itemType.toLowerCase() !== 'key')
                ctx.unsupported(`New-Item -ItemType ${itemType} in the registry`);
              newRegistryKey(ctx, shell, path, ctx.params.Value);
              return;
            }
            const type = diskType(itemType);
            if (!type) return ctx.unsupported(`New-Item -ItemType ${itemType}`);
            newDiskItem(ctx, shell, path, type, ctx.params.Value);
          },
          { paths, literal: true },
        );
      },
    }),
  };
}

/** DOC (New-Item -ItemType for the FileSystem provider): File is the default; Directory; names ignore case. */
function diskType(itemType: string | undefined): 'File' | 'Directory' | undefined {
  const type = (itemType ?? 'File').toLowerCase();
  if (type === 'file') return 'File';
  if (type === 'directory') return 'Directory';
  return undefined;
}
