import type { Registry } from '../registry/index.js';
import { FEATURE_OVERRIDES_KEY, readFeatureOverrides } from './feature-overrides.js';
import type { Hardware } from './hardware.js';
import { bootVbs, readVbsConfig, type VbsConfig, type VbsState } from './vbs.js';

/** The key above every VBS setting a boot reads (DeviceGuard, its Scenarios, Lsa). */
const CONTROL_KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control';

/** One value derived from a registry subtree, kept while the subtree's revision holds. */
class Derived<T> {
  #held: { rev: number; value: T } | undefined;

  constructor(
    private readonly registry: Registry,
    private readonly key: string,
    private readonly derive: () => T,
  ) {}

  get(): T {
    const rev = this.registry.revision(this.key);
    if (rev !== undefined && this.#held?.rev === rev) return this.#held.value;
    const value = this.derive();
    if (rev !== undefined) this.#held = { rev, value };
    return value;
  }
}

/**
 * What a boot reads from the registry (the VBS settings and the feature overrides), read again
 * only when the keys they live under changed: a fleet restarts every month, its settings rarely.
 */
export class BootReads {
  readonly #config: Derived<VbsConfig>;
  readonly #state: Derived<VbsState>;
  readonly #overrides: Derived<ReadonlyMap<string, number>>;

  constructor(registry: Registry, hardware: Hardware) {
    this.#config = new Derived(registry, CONTROL_KEY, () => readVbsConfig(registry));
    this.#state = new Derived(registry, CONTROL_KEY, () => bootVbs(this.#config.get(), hardware));
    this.#overrides = new Derived(registry, FEATURE_OVERRIDES_KEY, () => readFeatureOverrides(registry));
  }

  /** The VBS settings in the registry now. */
  vbsConfig(): VbsConfig {
    return this.#config.get();
  }

  /** The VBS state a boot now gives on this hardware. */
  vbsAtBoot(): VbsState {
    return this.#state.get();
  }

  /** The feature overrides set now. */
  featureOverrides(): ReadonlyMap<string, number> {
    return this.#overrides.get();
  }
}
