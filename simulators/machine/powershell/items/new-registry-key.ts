import type { CommandContext, PSValue } from '../../../powershell/index.js';
import { nativePath } from '../../../registry/index.js';
import type { RegistryItemPath } from '../paths/item-path.js';
import { registryKeyObject } from '../registry/key-object.js';
import { toScriptValue } from '../registry/script-value.js';
import type { MachineShell } from '../shell.js';

/**
 * New-Item in the registry (DOC: RegistryProvider.NewItem; DOMAIN.md section 7): an existing key
 * is an IOException without -Force, and with -Force is deleted with its whole subtree and created
 * empty; a missing parent is an error without -Force, created with it. -Value becomes the key's
 * default value, a REG_SZ (INFER). ShouldProcess "New Key" (INFER, named like "Remove Key").
 */
export function newRegistryKey(
  ctx: CommandContext,
  shell: MachineShell,
  path: RegistryItemPath,
  value: PSValue | undefined,
): void {
  if (!ctx.shouldProcess(`Item: ${nativePath(path.key)}`, 'New Key')) return;
  shell.registry.newItem(path.typed, { force: ctx.params.Force === true });
  if (value !== undefined && value !== null)
    shell.registry.setItemProperty(path.typed, '(default)', toScriptValue(value), { type: 'String' });
  ctx.writeOutput(registryKeyObject(shell.registry.getItem(path.typed), path.drive));
}
