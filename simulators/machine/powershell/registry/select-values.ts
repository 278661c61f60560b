import {
  nativePath,
  type RegistryError,
  type RegistryValue,
  registryErrors,
} from '../../../registry/index.js';
import type { RegistryItemPath } from '../paths/item-path.js';
import { hasWildcard, wildcardMatcher } from '../paths/wildcard.js';
import type { MachineShell } from '../shell.js';
import { DEFAULT_VALUE_NAME } from './property-object.js';

/** The values -Name picks, and the ones it names that the key does not have. */
export interface SelectedValues {
  readonly values: RegistryValue[];
  readonly missing: RegistryError[];
}

/**
 * The values of a key that -Name asks for (DOC: RegistryProvider.GetProperty): all of them without
 * -Name; each name in the order given, `(default)` for the unnamed value, a wildcard matching any
 * number of names. A plain name the key lacks is a PSArgumentException naming the native path.
 */
export function selectValues(
  shell: MachineShell,
  path: RegistryItemPath,
  names: readonly string[] | undefined,
): SelectedValues {
  const all = shell.machine.registry.values(path.key) ?? [];
  if (!names) return { values: all, missing: [] };
  const values: RegistryValue[] = [];
  const missing: RegistryError[] = [];
  const add = (value: RegistryValue) => {
    if (!values.includes(value)) values.push(value);
  };
  for (const name of names) {
    if (hasWildcard(name)) {
      const match = wildcardMatcher(name);
      for (const value of all) if (match(value.name === '' ? DEFAULT_VALUE_NAME : value.name)) add(value);
      continue;
    }
    const stored = name.toLowerCase() === DEFAULT_VALUE_NAME ? '' : name;
    const value = shell.machine.registry.getValue(path.key, stored);
    if (value) add(value);
    else missing.push(registryErrors.propertyNotFound(name, nativePath(path.key)));
  }
  return { values, missing };
}
