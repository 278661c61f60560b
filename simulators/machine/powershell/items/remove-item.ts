import type { CommandContext, CommandDefinition } from '../../../powershell/index.js';
import {
  nativePath,
  providerPath,
  registryErrors,
  removeItemWithChildrenPrompt,
} from '../../../registry/index.js';
import { forEachPath } from '../kit/for-each-path.js';
import { FILTER_PARAMETERS, pathParameterSets } from '../kit/path-parameters.js';
import { refuseParameters } from '../kit/refuse.js';
import { shouldContinue } from '../kit/should-continue.js';
import type { ItemPath } from '../paths/item-path.js';
import type { MachineShell } from '../shell.js';
import { itemExists } from './item-object.js';

/**
 * Remove-Item (aliases ri, rm, rmdir, del, erase, rd; DOC: Remove-Item, 5.1) for registry keys,
 * files and folders. A path that does not exist is PathNotFound. An item with children and no
 * -Recurse asks ShouldContinue first, whatever -Confirm or -Force say (DOC: RemoveItemCommand);
 * "no" skips it. Then ShouldProcess: "Remove Key" on "Item: <native path>" (3P), "Remove File" or
 * "Remove Directory" on the path (INFER). A key always goes with its whole subtree.
 */
export function removeItem(shell: MachineShell): CommandDefinition {
  return {
    name: 'Remove-Item',
    aliases: ['ri', 'rm', 'rmdir', 'del', 'erase', 'rd'],
    commandClass: 'Microsoft.PowerShell.Commands.RemoveItemCommand',
    defaultParameterSet: 'Path',
    supportsShouldProcess: true,
    parameters: [
      { name: 'Recurse', type: 'switch' },
      { name: 'Force', type: 'switch' },
      { name: 'Stream', type: 'string[]' },
      ...FILTER_PARAMETERS,
    ],
    parameterSets: pathParameterSets({ fromPipeline: true }),
    create: () => ({
      process(ctx) {
        refuseParameters(ctx, 'Remove-Item', ['Filter', 'Include', 'Exclude', 'Credential', 'Stream']);
        forEachPath(ctx, shell, (path) => remove(ctx, shell, path));
      },
    }),
  };
}

function remove(ctx: CommandContext, shell: MachineShell, path: ItemPath): void {
  if (!itemExists(shell, path)) throw registryErrors.pathNotFound(path.typed);
  const recurse = ctx.params.Recurse === true;
  if (path.provider === 'Registry') {
    const shown = path.drive ? [`${path.drive}:`, ...path.key.segments].join('\\') : providerPath(path.key);
    if (!recurse && shell.registry.hasChildren(path.typed) && !ask(ctx, shell, shown)) return;
    if (ctx.shouldProcess(`Item: ${nativePath(path.key)}`, 'Remove Key'))
      shell.registry.removeItem(path.typed);
    return;
  }
  const disk = shell.machine.disk;
  if (/^[A-Za-z]:\\$/.test(path.path)) ctx.unsupported(`Remove-Item of the drive root '${path.typed}'`);
  const folder = disk.stat(path.path).isDirectory;
  if (folder && !recurse && disk.readdir(path.path).length > 0 && !ask(ctx, shell, path.path)) return;
  if (ctx.shouldProcess(path.path, folder ? 'Remove Directory' : 'Remove File'))
    disk.remove(path.path, { recursive: true });
}

const ask = (ctx: CommandContext, shell: MachineShell, shown: string) =>
  shouldContinue(ctx, shell, removeItemWithChildrenPrompt(shown), shown);
