import { dword, type Registry, sz } from '../registry/index.js';
import { invariant } from '../shared/invariant.js';
import type { Edition, Installation } from './hardware.js';

/** HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion: where scripts read edition and build. */
export const CURRENT_VERSION_KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';

/** What each edition calls itself (DOC: product names; EditionID 3P, Azure Edition is "ServerTurbine"). */
export const EDITION_NAMES: Readonly<
  Record<Edition, { productName: string; editionId: string; sku: number }>
> = {
  standard: { productName: 'Windows Server 2025 Standard', editionId: 'ServerStandard', sku: 7 },
  datacenter: { productName: 'Windows Server 2025 Datacenter', editionId: 'ServerDatacenter', sku: 8 },
  'datacenter-azure-edition': {
    productName: 'Windows Server 2025 Datacenter: Azure Edition',
    editionId: 'ServerTurbine',
    sku: 407,
  },
};

/** A build string `26100.6899` split into its parts. */
export function parseBuild(build: string): { build: number; revision: number } {
  const m = /^(\d+)\.(\d+)$/.exec(build);
  invariant(m, () => `a build is written major.revision, such as 26100.6899: '${build}'`);
  return { build: Number(m[1]), revision: Number(m[2]) };
}

/** Throws unless `build` is written major.revision (each build string is checked once). */
export function checkBuild(build: string): void {
  if (checkedBuilds.has(build)) return;
  parseBuild(build);
  checkedBuilds.add(build);
}

const checkedBuilds = new Set<string>();

/** Writes the version values Windows keeps for its edition and installation type. */
export function writeOsIdentity(registry: Registry, edition: Edition, installation: Installation): void {
  const names = EDITION_NAMES[edition];
  registry.createKey(CURRENT_VERSION_KEY);
  registry.setValue(CURRENT_VERSION_KEY, 'ProductName', sz(names.productName));
  registry.setValue(CURRENT_VERSION_KEY, 'EditionID', sz(names.editionId));
  registry.setValue(
    CURRENT_VERSION_KEY,
    'InstallationType',
    sz(installation === 'core' ? 'Server Core' : 'Server'),
  );
  registry.setValue(CURRENT_VERSION_KEY, 'CurrentMajorVersionNumber', dword(10));
  registry.setValue(CURRENT_VERSION_KEY, 'CurrentMinorVersionNumber', dword(0));
  registry.setValue(CURRENT_VERSION_KEY, 'CurrentVersion', sz('6.3'));
  registry.setValue(CURRENT_VERSION_KEY, 'DisplayVersion', sz('24H2'));
}

/** Writes the build an update brought: CurrentBuild, CurrentBuildNumber and UBR (DOC). */
export function writeOsBuild(registry: Registry, build: string): void {
  const { build: number, revision } = parseBuild(build);
  // Monthly updates move only UBR: values already right are left alone (nothing reads a value's age).
  setIfChanged(registry, 'CurrentBuild', sz(String(number)));
  setIfChanged(registry, 'CurrentBuildNumber', sz(String(number)));
  setIfChanged(registry, 'UBR', dword(revision));
}

function setIfChanged(
  registry: Registry,
  name: string,
  data: ReturnType<typeof sz> | ReturnType<typeof dword>,
): void {
  const old = registry.getValue(CURRENT_VERSION_KEY, name);
  if (old?.type !== data.type || old.data !== data.data) registry.setValue(CURRENT_VERSION_KEY, name, data);
}
