import { nativePath, type RegistryPath } from '../../../registry/index.js';
import { diskChild, type ItemPath, registryChild } from '../paths/item-path.js';
import { hasWildcard, wildcardMatcher } from '../paths/wildcard.js';
import type { MachineShell } from '../shell.js';

/**
 * The items a -Path names (DOC: about_Wildcards, path globbing): a path without wildcards is
 * itself, found or not; a part with wildcards matches the names that exist there, in the order the
 * provider enumerates them, and matching nothing is no error. -LiteralPath never expands.
 */
export function expandPath(shell: MachineShell, path: ItemPath, literal: boolean): ItemPath[] {
  if (literal) return [path];
  if (path.provider === 'Registry') {
    if (!path.key.segments.some(hasWildcard)) return [path];
    let keys: RegistryPath[] = [{ hive: path.key.hive, segments: [] }];
    for (const segment of path.key.segments) {
      keys = keys.flatMap((key) => {
        if (!hasWildcard(segment)) return [registryChild(key, segment)];
        const match = wildcardMatcher(segment);
        const names = shell.machine.registry.subkeyNames(key) ?? [];
        return names.filter(match).map((name) => registryChild(key, name));
      });
    }
    return keys.map((key) => ({ ...path, key, typed: typedRegistryPath(path.drive, key) }));
  }
  const [drive = 'C:', ...parts] = path.path.split('\\').filter((p) => p !== '');
  if (!parts.some(hasWildcard)) return [path];
  let paths = [`${drive}\\`];
  for (const part of parts) {
    paths = paths.flatMap((at) => {
      if (!hasWildcard(part)) return [diskChild(at, part)];
      const match = wildcardMatcher(part);
      return childNames(shell, at)
        .filter(match)
        .map((name) => diskChild(at, name));
    });
  }
  return paths.map((p) => ({ provider: 'FileSystem', typed: p, path: p }));
}

function childNames(shell: MachineShell, path: string): string[] {
  const disk = shell.machine.disk;
  return disk.exists(path) && disk.stat(path).isDirectory ? disk.readdir(path) : [];
}

/** How PowerShell spells a path it resolved from wildcards: on the drive typed, else provider-qualified. */
function typedRegistryPath(drive: string | undefined, key: RegistryPath): string {
  return drive ? [`${drive}:`, ...key.segments].join('\\') : `Registry::${nativePath(key)}`;
}
