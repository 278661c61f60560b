import type { PSObject } from '../../../powershell/index.js';
import type { RegistryPath } from '../../../registry/index.js';
import { diskItemObject } from '../disk/file-object.js';
import { diskChild, type ItemPath, registryChild } from '../paths/item-path.js';
import { registryKeyObject } from '../registry/key-object.js';
import type { MachineShell } from '../shell.js';

/** What Get-ChildItem asks for besides the path. */
export interface ChildQuery {
  readonly recurse: boolean;
  /** -Depth: levels below the path; Infinity without it. */
  readonly depth: number;
  /** -Filter as a name match. */
  readonly match: (name: string) => boolean;
  readonly files: boolean;
  readonly folders: boolean;
}

/** One child found: the object to write and its path relative to the start (for -Name). */
export interface Child {
  readonly object: PSObject;
  readonly relative: string;
}

/**
 * A key's subkeys (DOC: RegistryProvider.GetChildItems): each in enumeration order, and with
 * -Recurse its own subkeys right after it (depth first).
 */
export function registryChildren(
  shell: MachineShell,
  path: ItemPath & { provider: 'Registry' },
  query: ChildQuery,
): Child[] {
  const out: Child[] = [];
  const walk = (key: RegistryPath, prefix: string, level: number) => {
    for (const name of shell.machine.registry.subkeyNames(key) ?? []) {
      const child = registryChild(key, name);
      const relative = prefix ? `${prefix}\\${name}` : name;
      if (query.match(name)) {
        const typed = path.drive
          ? [`${path.drive}:`, ...child.segments].join('\\')
          : `Registry::${[child.hive, ...child.segments].join('\\')}`;
        out.push({ object: registryKeyObject(shell.registry.getItem(typed), path.drive), relative });
      }
      if (query.recurse && level < query.depth) walk(child, relative, level + 1);
    }
  };
  walk(path.key, '', 0);
  return out;
}

/**
 * A folder's entries as 5.1's FileSystem provider lists them (INFER from 5.1 output): its folders,
 * then its files, each in name order; with -Recurse, after a folder's own entries, each subfolder's
 * in turn. A file path lists the file itself.
 */
export function diskChildren(
  shell: MachineShell,
  path: ItemPath & { provider: 'FileSystem' },
  query: ChildQuery,
): Child[] {
  const disk = shell.machine.disk;
  if (!disk.stat(path.path).isDirectory)
    return [{ object: diskItemObject(shell, path.path), relative: path.path }];
  const out: Child[] = [];
  const walk = (folder: string, prefix: string, level: number) => {
    const names = disk.readdir(folder);
    const isFolder = (name: string) => disk.stat(diskChild(folder, name)).isDirectory;
    const folders = names.filter(isFolder);
    for (const name of [...folders, ...names.filter((n) => !isFolder(n))]) {
      const folderEntry = folders.includes(name);
      if (!query.match(name) || (folderEntry ? !query.folders : !query.files)) continue;
      out.push({
        object: diskItemObject(shell, diskChild(folder, name), 'name'),
        relative: prefix ? `${prefix}\\${name}` : name,
      });
    }
    if (!query.recurse || level >= query.depth) return;
    for (const name of folders)
      walk(diskChild(folder, name), prefix ? `${prefix}\\${name}` : name, level + 1);
  };
  walk(path.path, '', 0);
  return out;
}
