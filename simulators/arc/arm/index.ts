/** The emulated Azure Resource Manager for Microsoft.HybridCompute (machines, license profiles, LROs). */
export {
  type ApiShape,
  type ArmResourceType,
  apiShape,
  STABLE_API_VERSION,
  SUPPORTED_API_VERSIONS,
} from './api-versions.js';
export type { ArmRequest, ArmResponse } from './arm-message.js';
export { armErrors } from './error-factory.js';
export { ArmError, type ArmErrorBody, type ArmErrorDetail } from './errors.js';
export {
  type ArcLicenseStatus,
  type ArcMachineFacts,
  type ArcMachineSource,
  type ArcWindowsEdition,
  staticMachineSource,
} from './machine-source.js';
export type { MachineStatus } from './machine-view.js';
export { ARM_ENDPOINT, createArmMswHandlers } from './msw.js';
export type { OperationStatus } from './operations.js';
export { ArmPlane } from './plane.js';
export {
  type ArmPlaneOptions,
  DEFAULT_PAGE_SIZE,
  DEFAULT_RETRY_AFTER_SECONDS,
  DEFAULT_SUPPORTED_LOCATIONS,
} from './plane-options.js';
export type { ProfileResource, ProvisioningState } from './profile-resource.js';
export type { HotpatchEnablementStatus } from './profile-view.js';
export { type ArmServer, type ArmServerOptions, startArmServer } from './server.js';
export type { ArmStateChange } from './state-change.js';
