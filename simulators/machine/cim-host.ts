import type { CimHost, HostComputerSystem, HostService, HostStartMode } from '../cim/index.js';
import type { Clock } from '../shared/clock.js';
import { stableGuid } from '../shared/stable-id.js';
import { effectiveFirmware, type Platform } from './hardware.js';
import type { Machine } from './machine.js';
import { EDITION_NAMES, parseBuild } from './os-version.js';
import { SERVICES_KEY, type StartType } from './services.js';

/** Windows Server 2025's general availability, taken as every machine's install date (ASSUME). */
const INSTALL_DATE = Date.UTC(2024, 10, 1);
/** Memory is not part of the hardware model: 4 GiB per core (ASSUME). */
const BYTES_PER_CORE = 4 * 1024 ** 3;
/** Win32_Service says `Auto` where Get-Service says `Automatic` (DOC). */
const START_MODE: Readonly<Record<StartType, HostStartMode>> = {
  Boot: 'Boot',
  System: 'System',
  Automatic: 'Auto',
  Manual: 'Manual',
  Disabled: 'Disabled',
};
/** What each platform's firmware reports (3P for VMs; the physical vendor is ASSUME). */
const MAKER: Readonly<Record<Platform, { manufacturer: string; model: string }>> = {
  physical: { manufacturer: 'Dell Inc.', model: 'PowerEdge R760' },
  'hyperv-gen1': { manufacturer: 'Microsoft Corporation', model: 'Virtual Machine' },
  'hyperv-gen2': { manufacturer: 'Microsoft Corporation', model: 'Virtual Machine' },
  azure: { manufacturer: 'Microsoft Corporation', model: 'Virtual Machine' },
  vmware: { manufacturer: 'VMware, Inc.', model: 'VMware20,1' },
};

/**
 * The CIM view of a machine. Nothing is copied: each call reads the machine as it is, so what a
 * query shows follows installs, restarts and service changes. VBS and LastBootUpTime come from
 * the last boot, so they change only at a restart (DOC: VBS settings apply at the next boot).
 */
export function cimHostFor(machine: Machine, clock: Clock): CimHost {
  return {
    // The NetBIOS name, which Windows keeps in upper case (3P: CSName, Win32_ComputerSystem.Name).
    computerName: () => machine.name.toUpperCase(),
    os: () => {
      const { build } = parseBuild(machine.os.build);
      return {
        caption: `Microsoft ${EDITION_NAMES[machine.edition].productName}`, // 3P, real Captions
        version: `10.0.${build}`,
        buildNumber: String(build),
        sku: EDITION_NAMES[machine.edition].sku,
        // GPT: EFI, MSR, Windows; MBR: System Reserved, Windows (ASSUME: default layouts).
        partition: effectiveFirmware(machine.hardware) === 'uefi' ? 3 : 2,
        lastBootUpTime: machine.boot.at,
        installDate: INSTALL_DATE,
        localDateTime: clock.now(),
      };
    },
    deviceGuard: () => {
      const vbs = machine.boot.vbs;
      return {
        vbsStatus: vbs.status,
        availableSecurityProperties: vbs.availableSecurityProperties,
        requiredSecurityProperties: vbs.requiredSecurityProperties,
        securityServicesConfigured: vbs.servicesConfigured,
        securityServicesRunning: vbs.servicesRunning,
        // No App Control (WDAC) policy is modelled: both off (ASSUME).
        codeIntegrityPolicyEnforcementStatus: 0,
        usermodeCodeIntegrityPolicyEnforcementStatus: 0,
        instanceIdentifier: machine.id,
      };
    },
    // Updates that took effect, real KBs only: the release image and synthetic releases have
    // none. Cumulative updates and hotpatches list as security updates (3P: LCUs in QFE output).
    // The update a machine started on is not listed: the machine keeps no record of it (ASSUME).
    hotFixes: () =>
      machine.installed
        .filter((u) => /^KB\d+$/.test(u.kb))
        .map((u) => ({
          hotFixId: u.kb,
          description: 'Security Update',
          installedOn: u.effectiveAt, // CBS marks a restart update installed at the restart (INFER)
          installedBy: 'NT AUTHORITY\\SYSTEM', // Windows Update installs as SYSTEM (3P)
        })),
    services: () => machine.services.list().map((s) => serviceOf(machine, s)),
    computerSystem: () => computerSystemOf(machine),
  };
}

function serviceOf(machine: Machine, s: ReturnType<Machine['services']['list']>[number]): HostService {
  const image = machine.registry.getValue(`${SERVICES_KEY}\\${s.name}`, 'ImagePath');
  const path = image?.type === 'REG_SZ' || image?.type === 'REG_EXPAND_SZ' ? image.data : null;
  return {
    name: s.name,
    displayName: s.displayName,
    state: s.status,
    startMode: START_MODE[s.startType],
    account: s.account,
    processId: s.status === 'Running' ? processId(s.name, machine.boot.at) : 0,
    // WMI shows the path expanded (3P).
    pathName: path?.replace(/%systemroot%/gi, 'C:\\Windows') ?? null,
  };
}

/** A made-up but stable process id per service and boot, a multiple of 4 as Windows gives (ASSUME). */
function processId(name: string, bootedAt: number): number {
  return (
    4 *
    (256 + (Number.parseInt(stableGuid(`pid:${name.toLowerCase()}@${bootedAt}`).slice(0, 8), 16) % 16_000))
  );
}

function computerSystemOf(machine: Machine): HostComputerSystem {
  return {
    ...MAKER[machine.hardware.platform],
    logicalProcessors: machine.hardware.cores, // no SMT modelled (ASSUME)
    totalPhysicalMemory: machine.hardware.cores * BYTES_PER_CORE,
    // A VM always runs on a hypervisor; a physical machine does when VBS launched it (INFER).
    hypervisorPresent: machine.hardware.platform !== 'physical' || machine.boot.vbs.status === 2,
  };
}
