/** The Windows Server 2025 editions that can take hotpatches (DOC). */
export type Edition = 'standard' | 'datacenter' | 'datacenter-azure-edition';
/** Server Core or Desktop Experience; both are supported (DOC). */
export type Installation = 'core' | 'desktop';
/** Where the machine runs. */
export type Platform = 'physical' | 'hyperv-gen1' | 'hyperv-gen2' | 'vmware' | 'azure';
/** Boot firmware. */
export type Firmware = 'uefi' | 'bios';

/** What a machine is made of; fixed for its life. */
export interface Hardware {
  readonly platform: Platform;
  readonly firmware: Firmware;
  readonly secureBoot: boolean;
  readonly cores: number;
  /**
   * False when the hypervisor or CPU lacks what VBS needs even with UEFI and Secure Boot (no
   * nested virtualization, say). Default true.
   */
  readonly virtualizationSupport?: boolean;
}

/** Win32_DeviceGuard's AvailableSecurityProperties codes (DOC, DOMAIN.md section 2). */
export const SECURITY_PROPERTY = {
  hypervisorSupport: 1,
  secureBoot: 2,
  dmaProtection: 3,
  secureMemoryOverwrite: 4,
  nxProtections: 5,
  smmMitigations: 6,
  mbec: 7,
  apicVirtualization: 8,
} as const;

/**
 * The security properties each platform offers when it boots UEFI with Secure Boot. ASSUME: no
 * published table exists; modern physical servers offer all of them, VMs no DMA protection or
 * Secure Memory Overwrite, VMware guests no MBEC.
 */
const PLATFORM_PROPERTIES: Readonly<Record<Platform, readonly number[]>> = {
  physical: [1, 2, 3, 4, 5, 6, 7, 8],
  'hyperv-gen1': [],
  'hyperv-gen2': [1, 2, 5, 7, 8],
  azure: [1, 2, 5, 7, 8],
  vmware: [1, 2, 5, 8],
};

/** A Hyper-V Generation 1 VM always boots BIOS (DOC). */
export function effectiveFirmware(hardware: Hardware): Firmware {
  return hardware.platform === 'hyperv-gen1' ? 'bios' : hardware.firmware;
}

/**
 * True when the hardware can run VBS: UEFI with Secure Boot on and virtualization support (DOC:
 * the minimum is UEFI with Secure Boot; Gen 1 and BIOS never can).
 */
export function canRunVbs(hardware: Hardware): boolean {
  return (
    effectiveFirmware(hardware) === 'uefi' && hardware.secureBoot && (hardware.virtualizationSupport ?? true)
  );
}

/** AvailableSecurityProperties as Win32_DeviceGuard reports them (ASSUME per platform). */
export function availableSecurityProperties(hardware: Hardware): readonly number[] {
  if (!canRunVbs(hardware)) {
    // Without Secure Boot or virtualization support those two properties are missing (INFER).
    return PLATFORM_PROPERTIES[hardware.platform].filter(
      (p) =>
        (p !== SECURITY_PROPERTY.secureBoot ||
          (hardware.secureBoot && effectiveFirmware(hardware) === 'uefi')) &&
        (p !== SECURITY_PROPERTY.hypervisorSupport || (hardware.virtualizationSupport ?? true)),
    );
  }
  return PLATFORM_PROPERTIES[hardware.platform];
}
