import type { CommandContext } from '../../../powershell/index.js';
import { registryErrors } from '../../../registry/index.js';
import type { ItemPath, RegistryItemPath } from '../paths/item-path.js';
import type { MachineShell } from '../shell.js';

/**
 * The registry key a property cmdlet works on: a disk path is refused by name (file properties are
 * not emulated) and a key that does not exist is PathNotFound, with the path as typed.
 */
export function existingKey(
  ctx: CommandContext,
  shell: MachineShell,
  path: ItemPath,
  cmdlet: string,
): RegistryItemPath {
  if (path.provider !== 'Registry') return ctx.unsupported(`${cmdlet} on the file system ('${path.typed}')`);
  if (!shell.machine.registry.keyExists(path.key)) throw registryErrors.pathNotFound(path.typed);
  return path;
}
