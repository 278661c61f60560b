import { Registry } from '../registry/index.js';
import { installArcAgentServices, WINDOWS_SERVICES } from './arc-agent-install.js';
import type { Edition, Installation } from './hardware.js';
import { writeOsBuild, writeOsIdentity } from './os-version.js';
import { installService } from './services.js';
import { enableVbsInRegistry } from './vbs.js';

/** What distinguishes one base image from another. */
export interface ImageSpec {
  readonly edition: Edition;
  readonly installation: Installation;
  readonly arcAgent: boolean;
  readonly vbsEnabled: boolean;
  readonly build: string;
}

const images = new Map<string, Registry>();

/** Keys every Windows Server 2025 installation has, whether or not anything is set in them (DOC). */
const STANDARD_KEYS = [
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard\\Scenarios',
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa',
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Policies\\Microsoft',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Subscriptions',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows',
];

function buildImage(spec: ImageSpec): Registry {
  const registry = Registry.windows();
  for (const key of STANDARD_KEYS) registry.createKey(key);
  writeOsIdentity(registry, spec.edition, spec.installation);
  writeOsBuild(registry, spec.build);
  for (const service of WINDOWS_SERVICES) installService(registry, service);
  if (spec.arcAgent) installArcAgentServices(registry);
  if (spec.vbsEnabled) enableVbsInRegistry(registry);
  return registry;
}

/**
 * A machine's starting registry: a private clone of the shared base image for its kind. A fleet
 * of any size holds one image per distinct spec; each machine stores only its own changes.
 */
export function registryFromImage(spec: ImageSpec): Registry {
  const key = `${spec.edition}|${spec.installation}|${spec.arcAgent}|${spec.vbsEnabled}|${spec.build}`;
  let image = images.get(key);
  if (!image) {
    image = buildImage(spec);
    images.set(key, image);
  }
  return image.clone();
}
