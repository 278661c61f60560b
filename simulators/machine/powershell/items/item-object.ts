import type { PSObject } from '../../../powershell/index.js';
import { registryErrors } from '../../../registry/index.js';
import { diskItemObject } from '../disk/file-object.js';
import type { ItemPath } from '../paths/item-path.js';
import { registryKeyObject } from '../registry/key-object.js';
import type { MachineShell } from '../shell.js';

/** True when the key, file or folder exists. */
export function itemExists(shell: MachineShell, path: ItemPath): boolean {
  return path.provider === 'Registry'
    ? shell.machine.registry.keyExists(path.key)
    : shell.machine.disk.exists(path.path);
}

/** The item a path names, as Get-Item returns it; PathNotFound (the path as typed) when it is not there. */
export function itemObject(shell: MachineShell, path: ItemPath): PSObject {
  if (!itemExists(shell, path)) throw registryErrors.pathNotFound(path.typed);
  return path.provider === 'Registry'
    ? registryKeyObject(shell.registry.getItem(path.typed), path.drive)
    : diskItemObject(shell, path.path);
}
