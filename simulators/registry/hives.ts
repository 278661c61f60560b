/** The five predefined root keys a script can name. */
export const HIVE_NAMES = [
  'HKEY_LOCAL_MACHINE',
  'HKEY_CURRENT_USER',
  'HKEY_USERS',
  'HKEY_CLASSES_ROOT',
  'HKEY_CURRENT_CONFIG',
] as const;

/** A predefined root key, by its full name. */
export type HiveName = (typeof HIVE_NAMES)[number];

/** The hives that hold keys of their own; the other three are views into these. */
export type StoredHive = 'HKEY_LOCAL_MACHINE' | 'HKEY_USERS';

/** reg.exe's abbreviations (also accepted after `Registry::`). */
export const HIVE_ABBREVIATIONS: Readonly<Record<string, HiveName>> = {
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKCU: 'HKEY_CURRENT_USER',
  HKU: 'HKEY_USERS',
  HKCR: 'HKEY_CLASSES_ROOT',
  HKCC: 'HKEY_CURRENT_CONFIG',
};

/** The registry drives a fresh PowerShell session has (DOC: only these two exist by default). */
export const POWERSHELL_DRIVES: Readonly<Record<string, HiveName>> = {
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKCU: 'HKEY_CURRENT_USER',
};

/**
 * The account automation runs as. Arc run commands, scheduled tasks and the harness's own script
 * host run as LocalSystem, whose HKCU is HKEY_USERS\S-1-5-18 (INFER).
 */
export const LOCAL_SYSTEM_SID = 'S-1-5-18';

/**
 * Where the view hives lead. HKCR is really a merge of the machine's and the user's Classes keys;
 * for an elevated SYSTEM session that merge resolves to the machine's (INFER), so a plain link is kept.
 */
export const HIVE_VIEWS: Readonly<Record<Exclude<HiveName, StoredHive>, readonly [StoredHive, ...string[]]>> =
  {
    HKEY_CURRENT_USER: ['HKEY_USERS', LOCAL_SYSTEM_SID],
    HKEY_CLASSES_ROOT: ['HKEY_LOCAL_MACHINE', 'SOFTWARE', 'Classes'],
    HKEY_CURRENT_CONFIG: [
      'HKEY_LOCAL_MACHINE',
      'SYSTEM',
      'CurrentControlSet',
      'Hardware Profiles',
      'Current',
    ],
  };

/** Finds a hive by full name or abbreviation, case-insensitively. */
export function lookupHive(name: string): HiveName | undefined {
  const upper = name.toUpperCase();
  return (HIVE_NAMES as readonly string[]).includes(upper) ? (upper as HiveName) : HIVE_ABBREVIATIONS[upper];
}
