import type { Registry } from '../registry/index.js';
import { FEATURE_OVERRIDES_KEY, readFeatureOverrides } from './feature-overrides.js';
import type { Hardware } from './hardware.js';
import { bootVbs, readVbsConfig, type VbsConfig, type VbsState } from './vbs.js';

/** The key above every VBS setting a boot reads (DeviceGuard, its Scenarios, Lsa). */
const CONTROL_KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control';

/** How many derived values a cache keeps before it starts again. */
const LIMIT = 50_000;

/**
 * Values derived from a registry subtree, by the subtree's revision. Revisions are unique across
 * every registry (Registry.revision), and clones share their image's keys until they write, so
 * a fleet built from one image reads each setting once, not once per machine.
 */
class ByRevision<T> {
  readonly #held = new Map<number, T>();

  get(rev: number | undefined, derive: () => T): T {
    if (rev === undefined) return derive();
    const held = this.#held.get(rev);
    if (held !== undefined) return held;
    const value = derive();
    if (this.#held.size >= LIMIT) this.#held.clear();
    this.#held.set(rev, value);
    return value;
  }
}

const configs = new ByRevision<VbsConfig>();
const overrides = new ByRevision<ReadonlyMap<string, number>>();
const states = new WeakMap<Hardware, ByRevision<VbsState>>();

/** The VBS settings in the registry now. */
export function vbsConfigOf(registry: Registry): VbsConfig {
  return configs.get(registry.revision(CONTROL_KEY), () => readVbsConfig(registry));
}

/** The VBS state a boot now gives on this hardware. */
export function vbsAtBoot(registry: Registry, hardware: Hardware): VbsState {
  let byRev = states.get(hardware);
  if (!byRev) {
    byRev = new ByRevision();
    states.set(hardware, byRev);
  }
  return byRev.get(registry.revision(CONTROL_KEY), () => bootVbs(vbsConfigOf(registry), hardware));
}

/** The feature overrides set now. */
export function featureOverridesOf(registry: Registry): ReadonlyMap<string, number> {
  return overrides.get(registry.revision(FEATURE_OVERRIDES_KEY), () => readFeatureOverrides(registry));
}

/** The folded names of the Automatic services under a Services key, by its revision. */
export const automaticServicesByRevision = new ByRevision<readonly string[]>();
