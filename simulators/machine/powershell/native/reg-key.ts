import { HIVE_NAMES, type HiveName, type RegistryPath } from '../../../registry/index.js';

/** reg.exe's root abbreviations (DOC: reg /?). */
const SHORT: Readonly<Record<string, HiveName>> = {
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKCU: 'HKEY_CURRENT_USER',
  HKCR: 'HKEY_CLASSES_ROOT',
  HKU: 'HKEY_USERS',
  HKCC: 'HKEY_CURRENT_CONFIG',
};

/** A key as reg.exe names it: the path, and the name it prints (full root name, the rest as typed). */
export interface RegKey {
  readonly key: RegistryPath;
  readonly display: string;
}

/**
 * Reads reg.exe's key argument (DOC: reg /?; 3P: Wine's reg tests, which pass on Windows): a root
 * (HKLM, HKCU, HKCR, HKU, HKCC or the full names) and subkeys separated by single backslashes; one
 * trailing backslash is allowed after a subkey, not after the root alone, and never two. A remote
 * `\\machine\` key is 'remote'; anything else is undefined (an invalid key name).
 */
export function parseRegKey(text: string, allowRootOnly = true): RegKey | 'remote' | undefined {
  if (text.startsWith('\\\\')) return 'remote';
  if (text.startsWith('\\') || text.endsWith('\\\\')) return undefined;
  const [root = '', ...rest] = text.split('\\');
  const upper = root.toUpperCase();
  const hive = SHORT[upper] ?? HIVE_NAMES.find((h) => h === upper);
  if (!hive) return undefined;
  if (rest.length === 1 && rest[0] === '') return undefined; // "HKCU\" (3P: Wine's tests)
  const segments = rest.filter((part, i) => !(part === '' && i === rest.length - 1));
  if (segments.some((part) => part === '')) return undefined;
  if (!allowRootOnly && segments.length === 0) return undefined;
  return { key: { hive, segments }, display: [hive, ...segments].join('\\') };
}
