import { registryErrors } from './errors.js';
import { type HiveName, lookupHive, POWERSHELL_DRIVES } from './hives.js';

/** A key's location: its hive and the names below it, spelled as the caller spelled them. */
export interface RegistryPath {
  readonly hive: HiveName;
  readonly segments: readonly string[];
}

const PROVIDER_PREFIX = /^(?:Microsoft\.PowerShell\.Core\\)?Registry::/i;
const DRIVE_PREFIX = /^([A-Za-z][\w-]*):(.*)$/s;

const split = (rest: string, separators: RegExp): string[] => rest.split(separators).filter((s) => s !== '');

/**
 * Parses a registry path in any of the forms scripts use: the PowerShell drive form
 * (`HKLM:\SOFTWARE\X`, `/` allowed), the provider form (`Registry::HKEY_LOCAL_MACHINE\X`, with or
 * without the `Microsoft.PowerShell.Core\` qualifier), and the native or reg.exe form
 * (`HKEY_LOCAL_MACHINE\X`, `HKLM\X`). A drive other than HKLM: and HKCU: does not exist in a fresh
 * session; a remote path (`\\host\HKLM`) is not emulated.
 */
export function parseRegistryPath(text: string): RegistryPath {
  if (text.startsWith('\\\\')) throw registryErrors.remoteRegistry(text);
  const provider = PROVIDER_PREFIX.exec(text);
  if (provider) return parseNative(text, text.slice(provider[0].length), /[\\/]+/);
  const drive = DRIVE_PREFIX.exec(text);
  if (drive) {
    const [, name = '', rest = ''] = drive;
    const hive = POWERSHELL_DRIVES[name.toUpperCase()];
    if (!hive) throw registryErrors.driveNotFound(name);
    return { hive, segments: split(rest, /[\\/]+/) };
  }
  return parseNative(text, text, /\\+/);
}

function parseNative(original: string, rest: string, separators: RegExp): RegistryPath {
  const [first = '', ...segments] = split(rest, separators);
  const hive = lookupHive(first);
  if (!hive) throw registryErrors.invalidHive(original);
  return { hive, segments };
}

/** `HKEY_LOCAL_MACHINE\SOFTWARE\X`: the form .NET's RegistryKey.Name and regedit use. */
export function nativePath(path: RegistryPath): string {
  return [path.hive, ...path.segments].join('\\');
}

/** `Microsoft.PowerShell.Core\Registry::HKEY_LOCAL_MACHINE\SOFTWARE\X`: a registry item's PSPath. */
export function providerPath(path: RegistryPath): string {
  return `Microsoft.PowerShell.Core\\Registry::${nativePath(path)}`;
}

/** The path one level up, or undefined at a hive's root. */
export function parentPath(path: RegistryPath): RegistryPath | undefined {
  return path.segments.length === 0 ? undefined : { hive: path.hive, segments: path.segments.slice(0, -1) };
}

/** The path of a named subkey. */
export function childPath(path: RegistryPath, name: string): RegistryPath {
  return { hive: path.hive, segments: [...path.segments, name] };
}

/** Accepts a path as text (any form {@link parseRegistryPath} reads) or already parsed. */
export function toRegistryPath(path: string | RegistryPath): RegistryPath {
  if (typeof path !== 'string') return path;
  const known = parsed.get(path);
  if (known) return known;
  const { hive, segments } = parseRegistryPath(path);
  const fresh: RegistryPath = Object.freeze({ hive, segments: Object.freeze([...segments]) });
  // The same few paths are read again and again on every machine; a bounded memo keeps them parsed.
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(path, fresh);
  return fresh;
}

const PARSED_LIMIT = 4096;
const parsed = new Map<string, RegistryPath>();
