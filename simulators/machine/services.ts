import { dword, expandSz, foldName, type Registry, sz } from '../registry/index.js';
import { automaticServicesByRevision } from './boot-reads.js';
import { serviceErrors } from './service-errors.js';

/** Where the service control manager keeps each service's configuration (DOC). */
export const SERVICES_KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services';

/** PowerShell's ServiceStartMode names. */
export type StartType = 'Boot' | 'System' | 'Automatic' | 'Manual' | 'Disabled';
/** PowerShell's ServiceControllerStatus names; the emulator uses the two stable ones. */
export type ServiceStatus = 'Running' | 'Stopped';

const START_CODES: readonly StartType[] = ['Boot', 'System', 'Automatic', 'Manual', 'Disabled'];

/** A service as it is installed: the registry entry's fields. */
export interface ServiceDefinition {
  readonly name: string;
  readonly displayName: string;
  readonly startType: StartType;
  /** ObjectName: the account it runs as. */
  readonly account: string;
  readonly imagePath: string;
}

/** A service as Get-Service shows it. */
export interface ServiceInfo {
  readonly name: string;
  readonly displayName: string;
  readonly status: ServiceStatus;
  readonly startType: StartType;
  readonly account: string;
}

/** Writes a service's configuration into the registry, as its installer would. */
export function installService(registry: Registry, service: ServiceDefinition): void {
  const key = `${SERVICES_KEY}\\${service.name}`;
  registry.createKey(key);
  registry.setValue(key, 'Type', dword(0x10)); // SERVICE_WIN32_OWN_PROCESS
  registry.setValue(key, 'Start', dword(START_CODES.indexOf(service.startType)));
  registry.setValue(key, 'ErrorControl', dword(1));
  registry.setValue(key, 'ImagePath', expandSz(service.imagePath));
  registry.setValue(key, 'DisplayName', sz(service.displayName));
  registry.setValue(key, 'ObjectName', sz(service.account));
}

/**
 * The service control manager. Configuration lives in the registry, as in Windows, so a script
 * that edits a service's key changes it; run state lives here and is reset by each boot, when the
 * Automatic services start. Names are case-insensitive (DOC: `HIMDS` is `himds`).
 */
export class ServiceControlManager {
  /** Running services by folded name; everything else is stopped. */
  #running: ReadonlySet<string> = new Set<string>();
  /** False while #running is the set a boot shares with every machine that booted the same services. */
  #own = true;

  constructor(private readonly registry: Registry) {}

  /** Every Win32 service, sorted by name as Get-Service lists them. */
  list(): ServiceInfo[] {
    return (this.registry.subkeyNames(SERVICES_KEY) ?? []).flatMap((name) => {
      const info = this.find(name);
      return info ? [info] : [];
    });
  }

  /**
   * One service, or undefined when none has that name. A name with a slash or backslash is none
   * (DOC: CreateService forbids both), not a registry path to some other key.
   */
  find(name: string): ServiceInfo | undefined {
    if (/[\\/]/.test(name)) return undefined;
    const key = `${SERVICES_KEY}\\${name}`;
    const start = this.registry.getValue(key, 'Start');
    const type = this.registry.getValue(key, 'Type');
    if (start?.type !== 'REG_DWORD' || type?.type !== 'REG_DWORD' || (type.data & 0x30) === 0)
      return undefined;
    const text = (value: string) => {
      const v = this.registry.getValue(key, value);
      return v?.type === 'REG_SZ' || v?.type === 'REG_EXPAND_SZ' ? v.data : '';
    };
    const stored = this.registry.keyName(key) ?? name;
    return {
      name: stored,
      displayName: text('DisplayName') || stored,
      status: this.#running.has(foldName(stored)) ? 'Running' : 'Stopped',
      startType: START_CODES[start.data] ?? 'Disabled',
      account: text('ObjectName'),
    };
  }

  /** One service; an unknown name is Get-Service's error. */
  get(name: string): ServiceInfo {
    const info = this.find(name);
    if (!info) throw serviceErrors.notFound(name);
    return info;
  }

  /** Starts a service (no-op when running); a Disabled one cannot start. */
  start(name: string): ServiceInfo {
    const info = this.get(name);
    if (info.status === 'Running') return info;
    if (info.startType === 'Disabled') throw serviceErrors.cannotStart(info.name, info.displayName);
    this.#mutable().add(foldName(info.name));
    return { ...info, status: 'Running' };
  }

  /** Stops a service (no-op when stopped). */
  stop(name: string): ServiceInfo {
    const info = this.get(name);
    this.#mutable().delete(foldName(info.name));
    return { ...info, status: 'Stopped' };
  }

  /** Set-Service -StartupType: writes the registry's Start value; the run state is untouched. */
  setStartType(name: string, startType: StartType): ServiceInfo {
    const info = this.get(name);
    this.registry.setValue(`${SERVICES_KEY}\\${info.name}`, 'Start', dword(START_CODES.indexOf(startType)));
    return { ...info, startType };
  }

  /**
   * True when the service runs now. No registry read: the service control manager keeps its own
   * database until the next boot, so a service whose key a script deleted still runs (INFER).
   */
  isRunning(name: string): boolean {
    return this.#running.has(foldName(name));
  }

  /** What a boot does: every service stops, then the Automatic ones start. */
  boot(): void {
    this.#running = bootedSet(this.#automaticServices());
    this.#own = false;
  }

  #mutable(): Set<string> {
    if (!this.#own) {
      this.#running = new Set(this.#running);
      this.#own = true;
    }
    return this.#running as Set<string>;
  }

  /** The folded names of the Automatic services; read again only when the Services key changed. */
  #automaticServices(): readonly string[] {
    return automaticServicesByRevision.get(this.registry.revision(SERVICES_KEY), () => this.#readAutomatic());
  }

  #readAutomatic(): string[] {
    const names: string[] = [];
    for (const name of this.registry.subkeyNames(SERVICES_KEY) ?? []) {
      const key = `${SERVICES_KEY}\\${name}`;
      const start = this.registry.getValue(key, 'Start');
      const type = this.registry.getValue(key, 'Type');
      // The same test as find(): a Win32 service whose Start is Automatic.
      if (start?.type !== 'REG_DWORD' || type?.type !== 'REG_DWORD' || (type.data & 0x30) === 0) continue;
      if (START_CODES[start.data] === 'Automatic') names.push(foldName(name));
    }
    return names;
  }
}

/** The running set a boot gives, one per list of Automatic services (the lists are cached too). */
const booted = new WeakMap<readonly string[], ReadonlySet<string>>();
function bootedSet(automatic: readonly string[]): ReadonlySet<string> {
  let set = booted.get(automatic);
  if (!set) {
    set = new Set(automatic);
    booted.set(automatic, set);
  }
  return set;
}
