import { describe, expect, it } from 'vitest';
import {
  availableSecurityProperties,
  canRunVbs,
  effectiveFirmware,
  type Hardware,
  SECURITY_PROPERTY,
} from '../../simulators/machine/index.js';
import { HW } from './fixtures.js';

describe('effectiveFirmware', () => {
  it('is BIOS for a Hyper-V Gen 1 VM whatever the spec says', () => {
    expect(effectiveFirmware({ ...HW.gen1, firmware: 'uefi', secureBoot: true })).toBe('bios');
    expect(effectiveFirmware(HW.gen1)).toBe('bios');
  });

  it('is the spec firmware elsewhere', () => {
    expect(effectiveFirmware(HW.gen2)).toBe('uefi');
    expect(effectiveFirmware(HW.bios)).toBe('bios');
    expect(effectiveFirmware({ ...HW.vmware, firmware: 'bios' })).toBe('bios');
  });
});

describe('canRunVbs', () => {
  it('is false for Hyper-V Gen 1, even when the spec claims UEFI with Secure Boot', () => {
    expect(canRunVbs(HW.gen1)).toBe(false);
    expect(canRunVbs({ ...HW.gen1, firmware: 'uefi', secureBoot: true, virtualizationSupport: true })).toBe(
      false,
    );
  });

  it('is false with BIOS firmware', () => {
    expect(canRunVbs(HW.bios)).toBe(false);
    expect(canRunVbs({ ...HW.bios, secureBoot: true })).toBe(false);
  });

  it('is false with UEFI but Secure Boot off', () => {
    expect(canRunVbs(HW.noSecureBoot)).toBe(false);
    expect(canRunVbs({ ...HW.gen2, secureBoot: false })).toBe(false);
  });

  it.each([
    ['hyperv-gen2', HW.gen2],
    ['physical', HW.physical],
    ['azure', HW.azure],
    ['vmware', HW.vmware],
  ] as const)('is true for UEFI with Secure Boot on %s', (_, hardware) => {
    expect(canRunVbs(hardware)).toBe(true);
  });

  it('is false without virtualization support, true when it is stated', () => {
    expect(canRunVbs({ ...HW.gen2, virtualizationSupport: false })).toBe(false);
    expect(canRunVbs({ ...HW.physical, virtualizationSupport: false })).toBe(false);
    expect(canRunVbs({ ...HW.gen2, virtualizationSupport: true })).toBe(true);
  });
});

describe('availableSecurityProperties', () => {
  it('keeps the documented Win32_DeviceGuard codes', () => {
    expect(SECURITY_PROPERTY).toEqual({
      hypervisorSupport: 1,
      secureBoot: 2,
      dmaProtection: 3,
      secureMemoryOverwrite: 4,
      nxProtections: 5,
      smmMitigations: 6,
      mbec: 7,
      apicVirtualization: 8,
    });
  });

  it('gives every property on a physical server and no DMA protection on VMs', () => {
    expect(availableSecurityProperties(HW.physical)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const vm of [HW.gen2, HW.azure, HW.vmware] as Hardware[]) {
      expect(availableSecurityProperties(vm)).toContain(SECURITY_PROPERTY.hypervisorSupport);
      expect(availableSecurityProperties(vm)).toContain(SECURITY_PROPERTY.secureBoot);
      expect(availableSecurityProperties(vm)).not.toContain(SECURITY_PROPERTY.dmaProtection);
    }
  });

  it('gives nothing on Hyper-V Gen 1', () => {
    expect(availableSecurityProperties(HW.gen1)).toEqual([]);
  });

  it('drops Secure Boot when it is off or the firmware is BIOS', () => {
    expect(availableSecurityProperties(HW.noSecureBoot)).toEqual([1, 3, 4, 5, 6, 7, 8]);
    expect(availableSecurityProperties({ ...HW.bios, secureBoot: true })).toEqual([1, 3, 4, 5, 6, 7, 8]);
  });

  it('drops hypervisor support without virtualization support', () => {
    expect(availableSecurityProperties({ ...HW.gen2, virtualizationSupport: false })).toEqual([2, 5, 7, 8]);
  });
});
