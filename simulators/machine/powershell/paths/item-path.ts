import type { CommandContext } from '../../../powershell/index.js';
import { parseRegistryPath, type RegistryPath, registryErrors } from '../../../registry/index.js';

/** A registry key as a command names it. */
export interface RegistryItemPath {
  readonly provider: 'Registry';
  /** The path as the script typed it, for error messages. */
  readonly typed: string;
  readonly key: RegistryPath;
  /** The PowerShell drive the path was typed on (HKLM, HKCU); none for `Registry::` paths. */
  readonly drive: string | undefined;
}

/** A file or folder on the machine's disk as a command names it. */
export interface DiskItemPath {
  readonly provider: 'FileSystem';
  readonly typed: string;
  /** The absolute Windows path, `\` separated, `.` and `..` folded, no trailing separator. */
  readonly path: string;
}

/** Where a path leads: a registry key or a disk path. */
export type ItemPath = RegistryItemPath | DiskItemPath;

const PROVIDER = /^(?:Microsoft\.PowerShell\.Core\\)?(Registry|FileSystem)::(.*)$/is;
const DRIVE = /^([A-Za-z][\w-]*):(.*)$/s;
/** DOC (Get-PSDrive in a fresh 5.1 session): the drives that exist but whose providers are not emulated. */
const OTHER_DRIVES = new Set(['ALIAS', 'CERT', 'ENV', 'FUNCTION', 'VARIABLE', 'WSMAN']);

/**
 * Resolves a path as PowerShell's session state does: the provider form (`Registry::`,
 * `FileSystem::`), a registry drive (HKLM:, HKCU:), or the C: drive. A drive that does not exist
 * is DriveNotFound. Drives of other providers, UNC and relative paths are refused by name: the
 * current location is not emulated.
 */
export function resolveItemPath(ctx: CommandContext, typed: string): ItemPath {
  const provider = PROVIDER.exec(typed);
  if (provider?.[1]?.toLowerCase() === 'registry') return registryPath(typed, undefined);
  if (provider) return diskPath(ctx, typed, provider[2] ?? '');
  if (typed.startsWith('\\\\')) return ctx.unsupported(`the UNC path '${typed}'`);
  const drive = DRIVE.exec(typed);
  if (!drive) return ctx.unsupported(`the relative path '${typed}' (the current location is not emulated)`);
  const name = (drive[1] ?? '').toUpperCase();
  if (name === 'HKLM' || name === 'HKCU') return registryPath(typed, name);
  if (name === 'C') return diskPath(ctx, typed, typed);
  if (OTHER_DRIVES.has(name)) return ctx.unsupported(`the ${drive[1]}: drive`);
  throw registryErrors.driveNotFound(drive[1] ?? '');
}

function registryPath(typed: string, drive: string | undefined): RegistryItemPath {
  return { provider: 'Registry', typed, key: parseRegistryPath(typed), drive };
}

function diskPath(ctx: CommandContext, typed: string, windowsPath: string): DiskItemPath {
  const m = /^([A-Za-z]):(.*)$/s.exec(windowsPath);
  if (!m) return ctx.unsupported(`the relative path '${typed}' (the current location is not emulated)`);
  if ((m[1] ?? '').toUpperCase() !== 'C') throw registryErrors.driveNotFound(m[1] ?? '');
  const parts: string[] = [];
  for (const part of (m[2] ?? '').split(/[\\/]+/)) {
    if (part === '..') parts.pop();
    else if (part !== '' && part !== '.') parts.push(part);
  }
  return { provider: 'FileSystem', typed, path: `${m[1]}:\\${parts.join('\\')}` };
}

/** The parent of a disk path, or undefined at the drive's root. */
export function diskParent(path: string): string | undefined {
  const at = path.lastIndexOf('\\');
  if (at < 0 || /^[A-Za-z]:\\$/.test(path)) return undefined;
  return at === 2 ? path.slice(0, 3) : path.slice(0, at);
}

/** The last part of a disk path (the drive root is its own name). */
export const diskLeaf = (path: string): string =>
  /^[A-Za-z]:\\$/.test(path) ? path : path.slice(path.lastIndexOf('\\') + 1);

/** A child's disk path. */
export const diskChild = (path: string, name: string): string =>
  path.endsWith('\\') ? `${path}${name}` : `${path}\\${name}`;

/** A subkey's registry path. */
export const registryChild = (key: RegistryPath, name: string): RegistryPath => ({
  hive: key.hive,
  segments: [...key.segments, name],
});
