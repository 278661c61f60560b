import type { PSValue } from '../../../powershell/index.js';
import type { ValueData } from '../../../registry/index.js';
import { expandEnvironment } from '../machine-environment.js';

/**
 * A stored value as RegistryKey.GetValue hands it to PowerShell (DOC: RegistryKey.GetValue): REG_DWORD
 * as a signed Int32 (0xFFFFFFFF reads -1), REG_QWORD as a signed Int64, REG_EXPAND_SZ with its
 * variables expanded, REG_MULTI_SZ as string[], binary data as byte[]. Int64 beyond 2^53 loses
 * precision here, as the script host's numbers are doubles (ASSUME).
 */
export function registryValueToPS(data: ValueData, environment: Readonly<Record<string, string>>): PSValue {
  switch (data.type) {
    case 'REG_SZ':
      return data.data;
    case 'REG_EXPAND_SZ':
      return expandEnvironment(data.data, environment);
    case 'REG_DWORD':
      return data.data | 0;
    case 'REG_QWORD':
      return Number(BigInt.asIntN(64, data.data));
    case 'REG_MULTI_SZ':
      return [...data.data];
    default:
      return [...data.data];
  }
}
