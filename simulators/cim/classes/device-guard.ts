import type { HostDeviceGuard } from '../host.js';
import { DEVICE_GUARD_NAMESPACE } from '../namespace.js';
import { defineClass, prop } from './define.js';

/**
 * A code list as Win32_DeviceGuard reports it: `{0}` when there is nothing to list (DOC: 0 means
 * "none" for each list; 3P: real output shows `{0}`, never an empty array).
 */
const codes = (list: readonly number[]): readonly number[] => (list.length === 0 ? [0] : list);

/**
 * Win32_DeviceGuard in root\Microsoft\Windows\DeviceGuard: every property Windows Server 2025 has,
 * alphabetical as WMI lists them (3P: microsoft/wmi's generated class, real Get-CimInstance output).
 */
export const WIN32_DEVICE_GUARD = defineClass<HostDeviceGuard>(
  'Win32_DeviceGuard',
  DEVICE_GUARD_NAMESPACE,
  (host) => [host.deviceGuard()],
  [
    prop('AvailableSecurityProperties', 'UInt32Array', (d) => codes(d.availableSecurityProperties)),
    prop('CodeIntegrityPolicyEnforcementStatus', 'UInt32', (d) => d.codeIntegrityPolicyEnforcementStatus),
    prop('InstanceIdentifier', 'String', (d) => d.instanceIdentifier),
    prop('RequiredSecurityProperties', 'UInt32Array', (d) => codes(d.requiredSecurityProperties)),
    // Not modelled: `{0}` as real machines with VBS running show it (3P).
    prop('SecurityFeaturesEnabled', 'UInt32Array', () => [0]),
    prop('SecurityServicesConfigured', 'UInt32Array', (d) => codes(d.securityServicesConfigured)),
    prop('SecurityServicesRunning', 'UInt32Array', (d) => codes(d.securityServicesRunning)),
    // UInt8, 0 on the real outputs found (3P); SMM protection is not modelled.
    prop('SmmIsolationLevel', 'UInt8', () => 0),
    prop(
      'UsermodeCodeIntegrityPolicyEnforcementStatus',
      'UInt32',
      (d) => d.usermodeCodeIntegrityPolicyEnforcementStatus,
    ),
    prop('Version', 'String', () => '1.0'),
    prop('VirtualizationBasedSecurityStatus', 'UInt32', (d) => d.vbsStatus),
    // Confidential VMs (SEV-SNP, TDX) are not modelled: off, `{0}` (3P).
    prop('VirtualMachineIsolation', 'Boolean', () => false),
    prop('VirtualMachineIsolationProperties', 'UInt32Array', () => [0]),
  ],
);
