import type { Registry } from '../registry/index.js';
/** An update as the machine sees it: what it is, the build it brings, whether it needs a restart. */
export interface UpdatePackage {
  readonly kb: string;
  readonly build: string;
  readonly restartRequired: boolean;
}

/** An update that took effect. */
export interface InstalledUpdate extends UpdatePackage {
  /** When it was installed (virtual ms); for restart updates, when it was staged. */
  readonly installedAt: number;
  /** When it took effect: the install itself, or the restart that applied it. */
  readonly effectiveAt: number;
}

/** An update installed and waiting for the next restart to take effect. */
export interface StagedUpdate extends UpdatePackage {
  readonly installedAt: number;
}

/** The update a machine is on: its KB (null for the release image) and build. */
export interface OsUpdate {
  readonly kb: string | null;
  readonly build: string;
}

/** Windows' flag for "updates wait for a restart" that scripts test for (DOC). */
export const REBOOT_REQUIRED_KEY =
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\RebootRequired';

/** Raises or lowers the reboot-required flag. */
export function setRebootRequired(registry: Registry, required: boolean): void {
  if (required) registry.createKey(REBOOT_REQUIRED_KEY);
  else registry.deleteKey(REBOOT_REQUIRED_KEY, { recursive: true });
}
