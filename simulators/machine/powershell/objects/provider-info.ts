import { PSObject } from '../../../powershell/index.js';

/** The providers the machine's commands serve (DOC: their PSProvider text). */
export type ProviderName = 'Registry' | 'FileSystem';

/** A ProviderInfo, as an item's PSProvider shows it: `Microsoft.PowerShell.Core\Registry`. */
export function providerInfo(name: ProviderName): PSObject {
  return new PSObject(
    ['System.Management.Automation.ProviderInfo', 'System.Object'],
    [
      ['Name', name],
      ['ModuleName', 'Microsoft.PowerShell.Core'],
    ],
    { text: () => `Microsoft.PowerShell.Core\\${name}` },
  );
}

/** A PSDriveInfo, as an item's PSDrive shows it: its name (`HKLM`, `C`). */
export function driveInfo(name: string, provider: ProviderName, root: string): PSObject {
  return new PSObject(
    ['System.Management.Automation.PSDriveInfo', 'System.Object'],
    [
      ['Name', name],
      ['Provider', providerInfo(provider)],
      ['Root', root],
    ],
    { text: () => name },
  );
}
