import { dword, type Registry } from '../registry/index.js';
import { availableSecurityProperties, canRunVbs, type Hardware, SECURITY_PROPERTY } from './hardware.js';

/** Where VBS is configured (DOC: the seed document and the memory-integrity page). */
export const DEVICE_GUARD_KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard';
const HVCI_KEY = `${DEVICE_GUARD_KEY}\\Scenarios\\HypervisorEnforcedCodeIntegrity`;
const LSA_KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa';

/** Win32_DeviceGuard's SecurityServices codes (DOC). */
export const SECURITY_SERVICE = { credentialGuard: 1, hvci: 2 } as const;

/** What the registry asks of VBS; read at boot, as Windows does (DOC: settings apply at the next boot). */
export interface VbsConfig {
  /** EnableVirtualizationBasedSecurity = 1, or a feature that turns VBS on (HVCI, Credential Guard). */
  readonly enabled: boolean;
  /** Security properties the boot must find: hypervisor support and Secure Boot, plus DMA when asked. */
  readonly requiredSecurityProperties: readonly number[];
  readonly servicesConfigured: readonly number[];
}

/** The VBS state a boot produced; unchanged until the next boot. */
export interface VbsState extends VbsConfig {
  /** VirtualizationBasedSecurityStatus: 0 not enabled, 1 enabled but not running, 2 running (DOC). */
  readonly status: 0 | 1 | 2;
  readonly availableSecurityProperties: readonly number[];
  readonly servicesRunning: readonly number[];
}

const dwordOf = (registry: Registry, key: string, name: string): number | undefined => {
  const value = registry.getValue(key, name);
  return value?.type === 'REG_DWORD' ? value.data : undefined;
};

/** Reads the VBS settings as they stand in the registry now. */
export function readVbsConfig(registry: Registry): VbsConfig {
  const hvci = dwordOf(registry, HVCI_KEY, 'Enabled') === 1;
  const lsaCfg = dwordOf(registry, LSA_KEY, 'LsaCfgFlags') ?? 0;
  const credentialGuard = lsaCfg === 1 || lsaCfg === 2;
  const enabled =
    dwordOf(registry, DEVICE_GUARD_KEY, 'EnableVirtualizationBasedSecurity') === 1 || hvci || credentialGuard;
  // RequirePlatformSecurityFeatures: 1 Secure Boot, 3 Secure Boot and DMA protection (DOC).
  const platform = dwordOf(registry, DEVICE_GUARD_KEY, 'RequirePlatformSecurityFeatures') ?? 1;
  const required: number[] = [SECURITY_PROPERTY.hypervisorSupport, SECURITY_PROPERTY.secureBoot];
  if ((platform & 2) === 2) required.push(SECURITY_PROPERTY.dmaProtection);
  const servicesConfigured: number[] = [];
  if (credentialGuard) servicesConfigured.push(SECURITY_SERVICE.credentialGuard);
  if (hvci) servicesConfigured.push(SECURITY_SERVICE.hvci);
  return { enabled, requiredSecurityProperties: enabled ? required : [], servicesConfigured };
}

/**
 * The VBS state a boot gives: running when enabled and the hardware offers every required
 * property, else enabled but not running (INFER from DOC: "still not 2 after a restart" means the
 * hardware or hypervisor requirements are not met).
 */
export function bootVbs(config: VbsConfig, hardware: Hardware): VbsState {
  const available = availableSecurityProperties(hardware);
  const running =
    config.enabled &&
    canRunVbs(hardware) &&
    config.requiredSecurityProperties.every((p) => available.includes(p));
  return {
    ...config,
    status: !config.enabled ? 0 : running ? 2 : 1,
    availableSecurityProperties: available,
    servicesRunning: running ? config.servicesConfigured : [],
  };
}

/** Writes the documented VBS switch: EnableVirtualizationBasedSecurity = 1 (DOC, the seed's step). */
export function enableVbsInRegistry(registry: Registry): void {
  registry.createKey(DEVICE_GUARD_KEY);
  registry.setValue(DEVICE_GUARD_KEY, 'EnableVirtualizationBasedSecurity', dword(1));
  registry.setValue(DEVICE_GUARD_KEY, 'RequirePlatformSecurityFeatures', dword(1));
}
