import { PSObject } from '../../../powershell/index.js';
import type { RegistryKeyItem } from '../../../registry/index.js';
import { driveInfo, providerInfo } from '../objects/provider-info.js';

/** The hive a registry drive stands for (DOC: the two registry drives of a fresh session). */
const DRIVE_ROOTS: Readonly<Record<string, string>> = {
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKCU: 'HKEY_CURRENT_USER',
};

/**
 * A Microsoft.Win32.RegistryKey as Get-Item, New-Item and Get-ChildItem return it: the Property
 * code property first, the provider's note properties, then the key's own properties (3P: 5.1's
 * `Format-List *` of a key). Its string form is its Name (DOC: RegistryKey.ToString). The console
 * shows it with the core's generic table (Name, Property): 5.1's "Hive:" view is not emulated.
 */
export function registryKeyObject(item: RegistryKeyItem, drive: string | undefined): PSObject {
  return new PSObject(
    ['Microsoft.Win32.RegistryKey', 'System.MarshalByRefObject', 'System.Object'],
    [
      ['Property', [...item.Property]],
      ['PSPath', item.PSPath],
      ['PSParentPath', item.PSParentPath],
      ['PSChildName', item.PSChildName],
      ['PSDrive', drive ? driveInfo(drive, 'Registry', DRIVE_ROOTS[drive] ?? '') : null],
      ['PSProvider', providerInfo('Registry')],
      ['PSIsContainer', true],
      ['SubKeyCount', item.SubKeyCount],
      ['View', 'Default'],
      ['Handle', 'Microsoft.Win32.SafeHandles.SafeRegistryHandle'],
      ['ValueCount', item.ValueCount],
      ['Name', item.Name],
    ],
    { display: { view: 'table', properties: ['Name', 'Property'] }, text: () => item.Name },
  );
}

/** The provider's note properties every registry result carries, for Get-ItemProperty's objects. */
export function registryNoteProperties(
  item: RegistryKeyItem,
  drive: string | undefined,
): [string, PSObject | string | null][] {
  return [
    ['PSPath', item.PSPath],
    ['PSParentPath', item.PSParentPath],
    ['PSChildName', item.PSChildName],
    ['PSDrive', drive ? driveInfo(drive, 'Registry', DRIVE_ROOTS[drive] ?? '') : null],
    ['PSProvider', providerInfo('Registry')],
  ];
}
