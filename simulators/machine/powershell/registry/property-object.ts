import { PSObject, type PSValue } from '../../../powershell/index.js';
import type { RegistryValue } from '../../../registry/index.js';
import type { RegistryItemPath } from '../paths/item-path.js';
import type { MachineShell } from '../shell.js';
import { registryNoteProperties } from './key-object.js';
import { registryValueToPS } from './value-to-ps.js';

/** How the registry provider names the default value in results (DOC: never localized). */
export const DEFAULT_VALUE_NAME = '(default)';

/**
 * What Get-ItemProperty, New-ItemProperty and Set-ItemProperty -PassThru write: a PSCustomObject
 * holding the values by name (the default value as `(default)`), then the provider's PSPath,
 * PSParentPath, PSChildName, PSDrive and PSProvider (3P: real 5.1 output).
 */
export function propertyObject(
  shell: MachineShell,
  path: RegistryItemPath,
  values: readonly RegistryValue[],
): PSObject {
  const entries: [string, PSValue][] = values.map((value) => [
    value.name === '' ? DEFAULT_VALUE_NAME : value.name,
    registryValueToPS(value, shell.environment),
  ]);
  const item = shell.registry.getItem(path.typed);
  return PSObject.custom([...entries, ...registryNoteProperties(item, path.drive)]);
}
