/** The Azure Arc emulation: the license profiles of the control plane. */
export {
  ENROLLMENT_DELAY_MS,
  type EnrollmentProbe,
  type HotpatchLicense,
  LicenseProfile,
  type SubscriptionStatus,
  VBS_NOT_RUNNING_ERROR,
} from './license-profile.js';
