import type { Registry } from '../registry/index.js';
import type { Clock } from '../shared/clock.js';
import { invariant } from '../shared/invariant.js';
import { stableGuid } from '../shared/stable-id.js';
import { ARC_AGENT_FOLDERS } from './arc-agent-install.js';
import { featureOverridesOf, vbsAtBoot, vbsConfigOf } from './boot-reads.js';
import { MachineDisk } from './disk.js';
import { canRunVbs, type Edition, effectiveFirmware, type Hardware, type Installation } from './hardware.js';
import { registryFromImage } from './image.js';
import { CURRENT_VERSION_KEY, checkBuild, writeOsBuild } from './os-version.js';
import { ServiceControlManager } from './services.js';
import {
  type InstalledUpdate,
  type OsUpdate,
  REBOOT_REQUIRED_KEY,
  type StagedUpdate,
  setRebootRequired,
  type UpdatePackage,
} from './updates.js';
import { bootVbs, type VbsState } from './vbs.js';

/** How VBS stands when the simulation starts. */
export type InitialVbs = 'disabled' | 'configured' | 'running';

/** Everything needed to build a machine. */
export interface MachineSpec {
  readonly name: string;
  readonly edition: Edition;
  readonly installation: Installation;
  readonly hardware: Hardware;
  /**
   * `configured`: the registry enables VBS but it does not run: on hardware that can run it, no boot
   * has happened since it was configured (status 0, a restart starts it); on hardware that cannot,
   * it has booted and failed (status 1).
   */
  readonly vbs: InitialVbs;
  /** Whether the Connected Machine agent is installed (its services and folders exist). */
  readonly arcAgent: boolean;
  /** The update the machine is on at the start. */
  readonly update: OsUpdate;
  /** When the machine last booted before the simulation started; default: the clock's now. */
  readonly bootedAt?: number;
}

/** What a boot read and started with; unchanged until the next boot. */
export interface BootState {
  readonly at: number;
  readonly vbs: VbsState;
  readonly featureOverrides: ReadonlyMap<string, number>;
}

/** One restart, why it happened, and the updates it applied. */
export interface RestartRecord {
  readonly at: number;
  /** The caller's reason code (the engine's vocabulary, not the machine's). */
  readonly reason: string;
  readonly detail?: string;
  readonly applied: readonly string[];
}

/** What is waiting for the next boot. */
export type PendingBootChange = 'updates' | 'vbs' | 'feature-overrides';

/**
 * One Windows Server 2025 machine: hardware, registry, services, disk and the update it is on,
 * with a boot cycle. Whatever Windows applies at boot (staged updates, VBS settings, feature
 * overrides) changes only in {@link restart}. The machine reads time only from its clock.
 */
export class Machine {
  readonly name: string;
  readonly edition: Edition;
  readonly installation: Installation;
  readonly hardware: Hardware;
  #id: string | undefined;
  readonly registry: Registry;
  readonly services: ServiceControlManager;
  readonly #clock: Clock;
  readonly #arcAgent: boolean;
  #disk: MachineDisk | undefined;
  #boot: BootState;
  #os: OsUpdate;
  #installed: InstalledUpdate[] = [];
  /** The KBs of #installed, for the already-installed check every install makes (made at the first). */
  #installedKbs: Set<string> | undefined;
  #staged: StagedUpdate[] = [];
  #restarts: RestartRecord[] = [];

  constructor(spec: MachineSpec, clock: Clock) {
    invariant(
      /^[A-Za-z0-9-]{1,63}$/.test(spec.name),
      () => `a machine name is 1-63 letters, digits or hyphens: '${spec.name}'`,
    );
    invariant(
      spec.vbs !== 'running' || canRunVbs(spec.hardware),
      () =>
        `${spec.name}: VBS cannot be running on ${spec.hardware.platform} with ${effectiveFirmware(spec.hardware)} firmware and Secure Boot ${spec.hardware.secureBoot ? 'on' : 'off'}`,
    );
    this.name = spec.name;
    this.edition = spec.edition;
    this.installation = spec.installation;
    this.hardware = spec.hardware;
    this.#clock = clock;
    this.#arcAgent = spec.arcAgent;
    this.#os = spec.update;
    this.registry = registryFromImage({
      edition: spec.edition,
      installation: spec.installation,
      arcAgent: spec.arcAgent,
      vbsEnabled: spec.vbs !== 'disabled',
      build: spec.update.build,
    });
    this.services = new ServiceControlManager(this.registry);
    const pendingVbs = spec.vbs === 'configured' && canRunVbs(spec.hardware);
    const vbsConfig = vbsConfigOf(this.registry);
    this.#boot = {
      at: spec.bootedAt ?? clock.now(),
      vbs: pendingVbs
        ? bootVbs({ ...vbsConfig, enabled: false, requiredSecurityProperties: [] }, spec.hardware)
        : vbsAtBoot(this.registry, spec.hardware),
      featureOverrides: featureOverridesOf(this.registry),
    };
    this.services.boot();
  }

  /** A per-device identifier, stable across runs (vmId, Win32_DeviceGuard.InstanceIdentifier); hashed on first use. */
  get id(): string {
    this.#id ??= stableGuid(`machine:${this.name.toLowerCase()}`); // computer names ignore case
    return this.#id;
  }

  /** The machine's C: drive, laid out on first use. */
  get disk(): MachineDisk {
    this.#disk ??= new MachineDisk(this.#clock, this.#arcAgent ? ARC_AGENT_FOLDERS : []);
    return this.#disk;
  }

  /** What the last boot read and started with. */
  get boot(): BootState {
    return this.#boot;
  }

  /** The update the machine runs now. */
  get os(): OsUpdate {
    return this.#os;
  }

  /** Updates that took effect, oldest first. */
  get installed(): readonly InstalledUpdate[] {
    return this.#installed;
  }

  /** Updates waiting for a restart, in install order. */
  get staged(): readonly StagedUpdate[] {
    return this.#staged;
  }

  /** Restarts since the simulation started, oldest first. */
  get restarts(): readonly RestartRecord[] {
    return this.#restarts;
  }

  /** True when the hardware can run VBS at all. */
  get canRunVbs(): boolean {
    return canRunVbs(this.hardware);
  }

  /**
   * Installs an update. One that needs no restart (a hotpatch) takes effect at once; one that does
   * is staged until the next restart, and Windows flags that a reboot is required. While anything
   * is staged, every later update waits behind it: servicing finishes the pending restart's work
   * first (INFER), so updates always take effect in install order.
   */
  install(update: UpdatePackage): 'installed' | 'staged' | 'already-installed' {
    if (this.#os.kb === update.kb || this.#installedKbs?.has(update.kb) || hasKb(this.#staged, update.kb))
      return 'already-installed';
    const now = this.#clock.now();
    if (update.restartRequired || this.#staged.length > 0) {
      const { kb, build, restartRequired } = update;
      this.#staged.push({ kb, build, restartRequired, installedAt: now });
      this.#deferRebootFlag();
      return 'staged';
    }
    this.#apply(update, now, now);
    return 'installed';
  }

  /** What would change at the next boot. */
  pendingBootChanges(): PendingBootChange[] {
    const pending: PendingBootChange[] = [];
    if (this.#staged.length > 0) pending.push('updates');
    const vbs = vbsConfigOf(this.registry);
    if (JSON.stringify(vbs) !== JSON.stringify(pick(this.#boot.vbs))) pending.push('vbs');
    const overrides = featureOverridesOf(this.registry);
    if (!sameMap(overrides, this.#boot.featureOverrides)) pending.push('feature-overrides');
    return pending;
  }

  /**
   * Restarts now: staged updates take effect in install order, VBS and feature overrides are read
   * from the registry, services start afresh. Records the restart with the caller's reason.
   */
  restart(reason: string, detail?: string): RestartRecord {
    const now = this.#clock.now();
    const applied = this.#staged.map((u) => u.kb);
    for (const update of this.#staged) this.#apply(update, update.installedAt, now);
    this.#staged = [];
    this.#deferRebootFlag();
    this.#boot = {
      at: now,
      vbs: vbsAtBoot(this.registry, this.hardware),
      featureOverrides: featureOverridesOf(this.registry),
    };
    this.services.boot();
    const record: RestartRecord =
      detail === undefined ? { at: now, reason, applied } : { at: now, reason, detail, applied };
    this.#restarts.push(record);
    return record;
  }

  #apply(update: UpdatePackage, installedAt: number, effectiveAt: number): void {
    // Literals, not spreads: one shape for every record (a hot path; spreads of mixed shapes are slow).
    const { kb, build, restartRequired } = update;
    this.#installed.push({ kb, build, restartRequired, installedAt, effectiveAt });
    this.#installedKbs ??= new Set();
    this.#installedKbs.add(update.kb);
    this.#os = { kb: update.kb, build: update.build };
    this.#deferOsBuild(update.build);
  }

  /**
   * The build values follow every update that takes effect, month after month, and only the last
   * build counts: it is written when something could read it (Registry.defer). A bad build string
   * is refused now, not at that later read.
   */
  #deferOsBuild(build: string): void {
    checkBuild(build);
    // Made once, kept after: a deferred write asked again with the same function is free.
    this.#writeOsBuild ??= () => writeOsBuild(this.registry, this.#os.build);
    this.registry.defer(CURRENT_VERSION_KEY, 'os-build', 'values', this.#writeOsBuild);
  }

  /**
   * The reboot-required flag goes up when an update is staged and down at a restart, as it always
   * has; only its last state counts, so it too waits until something could read it.
   */
  #deferRebootFlag(): void {
    this.#writeRebootRequired ??= () => setRebootRequired(this.registry, this.#staged.length > 0);
    this.registry.defer(REBOOT_REQUIRED_KEY, 'reboot-required', 'key', this.#writeRebootRequired);
  }

  #writeOsBuild: (() => void) | undefined;
  #writeRebootRequired: (() => void) | undefined;
}

function hasKb(updates: readonly UpdatePackage[], kb: string): boolean {
  for (const u of updates) if (u.kb === kb) return true;
  return false;
}

const pick = ({ enabled, requiredSecurityProperties, servicesConfigured }: VbsState) => ({
  enabled,
  requiredSecurityProperties,
  servicesConfigured,
});

const sameMap = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
