/** One simulated Windows Server 2025 machine and its parts. */
export {
  ARC_AGENT_DATA,
  ARC_AGENT_FOLDERS,
  ARC_AGENT_SERVICES,
  WINDOWS_SERVICES,
} from './arc-agent-install.js';
export { type DiskEntry, DiskError, MachineDisk } from './disk.js';
export { FEATURE_OVERRIDES_KEY, readFeatureOverrides } from './feature-overrides.js';
export {
  availableSecurityProperties,
  canRunVbs,
  type Edition,
  effectiveFirmware,
  type Firmware,
  type Hardware,
  type Installation,
  type Platform,
  SECURITY_PROPERTY,
} from './hardware.js';
export { type ImageSpec, registryFromImage } from './image.js';
export {
  type BootState,
  type InitialVbs,
  Machine,
  type MachineSpec,
  type PendingBootChange,
  type RestartRecord,
} from './machine.js';
export { CURRENT_VERSION_KEY, EDITION_NAMES, parseBuild } from './os-version.js';
export { ServiceError, serviceErrors } from './service-errors.js';
export {
  installService,
  SERVICES_KEY,
  ServiceControlManager,
  type ServiceDefinition,
  type ServiceInfo,
  type ServiceStatus,
  type StartType,
} from './services.js';
export {
  type InstalledUpdate,
  type OsUpdate,
  REBOOT_REQUIRED_KEY,
  type StagedUpdate,
  type UpdatePackage,
} from './updates.js';
export {
  bootVbs,
  DEVICE_GUARD_KEY,
  enableVbsInRegistry,
  readVbsConfig,
  SECURITY_SERVICE,
  type VbsConfig,
  type VbsState,
} from './vbs.js';
