/** The operating system as Win32_OperatingSystem reports it. */
export interface HostOs {
  /** Caption, such as `Microsoft Windows Server 2025 Datacenter`. */
  readonly caption: string;
  /** Version, such as `10.0.26100`. */
  readonly version: string;
  /** BuildNumber, such as `26100` (a string in CIM). */
  readonly buildNumber: string;
  /** OperatingSystemSKU. */
  readonly sku: number;
  /** The partition Windows lives on, for the Name property (`\Device\Harddisk0\PartitionN`). */
  readonly partition: number;
  /** Virtual ms (UTC). */
  readonly lastBootUpTime: number;
  readonly installDate: number;
  /** The machine's clock now, for LocalDateTime. */
  readonly localDateTime: number;
}

/** What Win32_DeviceGuard reports; lists as the machine has them (empty when none). */
export interface HostDeviceGuard {
  /** VirtualizationBasedSecurityStatus: 0 not enabled, 1 enabled but not running, 2 running. */
  readonly vbsStatus: 0 | 1 | 2;
  readonly availableSecurityProperties: readonly number[];
  readonly requiredSecurityProperties: readonly number[];
  readonly securityServicesConfigured: readonly number[];
  readonly securityServicesRunning: readonly number[];
  /** 0 off, 1 audit, 2 enforced. */
  readonly codeIntegrityPolicyEnforcementStatus: number;
  readonly usermodeCodeIntegrityPolicyEnforcementStatus: number;
  readonly instanceIdentifier: string;
}

/** One installed update as Win32_QuickFixEngineering lists it. */
export interface HostHotFix {
  /** HotFixID, such as `KB5068861`. */
  readonly hotFixId: string;
  /** `Security Update` or `Update`. */
  readonly description: string;
  /** Virtual ms (UTC); the class shows the day. */
  readonly installedOn: number;
  readonly installedBy: string;
}

/** Win32_Service's StartMode values (DOC). */
export type HostStartMode = 'Boot' | 'System' | 'Auto' | 'Manual' | 'Disabled';

/** One Win32 service. */
export interface HostService {
  readonly name: string;
  readonly displayName: string;
  readonly state: 'Running' | 'Stopped';
  readonly startMode: HostStartMode;
  /** StartName: the account it runs as. */
  readonly account: string;
  /** 0 when stopped. */
  readonly processId: number;
  readonly pathName: string | null;
}

/** The computer as Win32_ComputerSystem reports it. */
export interface HostComputerSystem {
  readonly manufacturer: string;
  readonly model: string;
  readonly logicalProcessors: number;
  /** Bytes. */
  readonly totalPhysicalMemory: number;
  readonly hypervisorPresent: boolean;
}

/**
 * What the CIM repository reads of a machine. Every member is read when a query runs, so an
 * implementation derives it from the machine's state at that moment and never caches it.
 */
export interface CimHost {
  /** The NetBIOS computer name, upper case as Windows reports it. */
  computerName(): string;
  os(): HostOs;
  deviceGuard(): HostDeviceGuard;
  hotFixes(): readonly HostHotFix[];
  services(): readonly HostService[];
  computerSystem(): HostComputerSystem;
}
