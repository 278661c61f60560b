import { PSObject, type PSValue } from '../../../powershell/index.js';
import { psDateTime } from '../objects/date-time.js';
import { driveInfo, providerInfo } from '../objects/provider-info.js';
import { diskLeaf, diskParent } from '../paths/item-path.js';
import type { MachineShell } from '../shell.js';

const FS = 'Microsoft.PowerShell.Core\\FileSystem::';

/**
 * A System.IO.FileInfo or DirectoryInfo as the FileSystem provider returns it: the provider's note
 * properties, then Mode and the .NET properties in 5.1's `Format-List *` order (3P), a subset: no
 * VersionInfo, link, UTC or Directory/Parent properties. Creation and access times are the last
 * write (the disk keeps one time, ASSUME). Its string form is the full path, or for what
 * Get-ChildItem enumerates the name alone (3P: the 5.1 FileInfo.ToString quirk). The console shows
 * the core's table of Mode, LastWriteTime, Length, Name: 5.1's "Directory:" view is not emulated.
 */
export function diskItemObject(shell: MachineShell, path: string, text: 'full' | 'name' = 'full'): PSObject {
  const entry = shell.machine.disk.stat(path);
  const name = diskLeaf(path);
  const parent = diskParent(path);
  const dot = name.lastIndexOf('.');
  const extension = !entry.isDirectory && dot > 0 ? name.slice(dot) : '';
  const time = () => psDateTime(entry.lastWriteTime);
  const common: [string, PSValue][] = [
    ['PSPath', `${FS}${path}`],
    ['PSParentPath', parent ? `${FS}${parent}` : ''],
    ['PSChildName', name],
    ['PSDrive', driveInfo('C', 'FileSystem', 'C:\\')],
    ['PSProvider', providerInfo('FileSystem')],
    ['PSIsContainer', entry.isDirectory],
    ['Mode', entry.isDirectory ? 'd-----' : '-a----'],
    ['BaseName', extension ? name.slice(0, -extension.length) : name],
    ['Name', name],
  ];
  const own: [string, PSValue][] = entry.isDirectory
    ? []
    : [
        ['Length', entry.size],
        ['DirectoryName', parent ?? ''],
        ['IsReadOnly', false],
      ];
  const rest: [string, PSValue][] = [
    ['Exists', true],
    ['FullName', path],
    ['Extension', extension],
    ['CreationTime', time()],
    ['LastAccessTime', time()],
    ['LastWriteTime', time()],
    ['Attributes', entry.isDirectory ? 'Directory' : 'Archive'],
  ];
  return new PSObject(
    [
      entry.isDirectory ? 'System.IO.DirectoryInfo' : 'System.IO.FileInfo',
      'System.IO.FileSystemInfo',
      'System.Object',
    ],
    [...common, ...own, ...rest],
    {
      display: { view: 'table', properties: ['Mode', 'LastWriteTime', 'Length', 'Name'] },
      text: () => (text === 'name' ? name : path),
    },
  );
}
