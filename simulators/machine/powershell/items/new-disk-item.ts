import type { CommandContext, PSValue } from '../../../powershell/index.js';
import { DiskError } from '../../disk.js';
import { diskCommandError } from '../disk/disk-errors.js';
import { diskItemObject } from '../disk/file-object.js';
import { psText } from '../objects/ps-text.js';
import { type DiskItemPath, diskParent } from '../paths/item-path.js';
import type { MachineShell } from '../shell.js';

const IO = 'System.IO.IOException';

/**
 * New-Item on the disk (DOC: the FileSystem provider's NewItem; texts 3P, real 5.1 output).
 * A folder is created with any missing parents; an existing one is "An item with the specified
 * name ... already exists." unless -Force, which returns it. A file needs its folder unless -Force
 * (which creates it); an existing file is "The file '...' already exists." unless -Force, which
 * empties it. -Value is the file's text (UTF-8 without a byte-order mark, as StreamWriter writes).
 */
export function newDiskItem(
  ctx: CommandContext,
  shell: MachineShell,
  path: DiskItemPath,
  type: 'File' | 'Directory',
  value: PSValue | undefined,
): void {
  const disk = shell.machine.disk;
  const force = ctx.params.Force === true;
  const exists = disk.exists(path.path);
  if (type === 'Directory') {
    if (exists && !force)
      throw error(
        `An item with the specified name ${path.path} already exists.`,
        'DirectoryExist',
        'ResourceExists',
        path.path,
      );
    if (!ctx.shouldProcess(`Destination: ${path.path}`, 'Create Directory')) return;
    if (!exists) disk.mkdir(path.path);
    ctx.writeOutput(diskItemObject(shell, path.path));
    return;
  }
  if (exists && disk.stat(path.path).isDirectory)
    throw error(
      `Access to the path '${path.path}' is denied.`,
      'NewItemUnauthorizedAccessError',
      'PermissionDenied',
      path.path,
      'System.UnauthorizedAccessException',
    );
  if (exists && !force)
    throw error(`The file '${path.path}' already exists.`, 'NewItemIOError', 'WriteError', path.path);
  if (!ctx.shouldProcess(`Destination: ${path.path}`, 'Create File')) return;
  const parent = diskParent(path.path);
  if (force && parent && !disk.exists(parent)) disk.mkdir(parent);
  try {
    disk.writeFile(path.path, Buffer.from(value === undefined ? '' : psText(value), 'utf8'));
  } catch (caught) {
    if (caught instanceof DiskError) throw diskCommandError(caught, 'NewItemIOError', 'WriteError');
    throw caught;
  }
  ctx.writeOutput(diskItemObject(shell, path.path));
}

function error(message: string, errorId: string, category: string, target: string, exceptionType = IO) {
  return { message, exceptionType, errorId, category, targetObject: target };
}
