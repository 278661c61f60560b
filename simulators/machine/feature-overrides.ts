import type { Registry } from '../registry/index.js';

/** The policy key for feature overrides (DOC: the seed's option 2 writes here). */
export const FEATURE_OVERRIDES_KEY =
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Policies\\Microsoft\\FeatureManagement\\Overrides';

/**
 * The feature overrides set in the registry now, by value name. Overrides are read at boot, which
 * is why the documented workaround needs a restart (DOC); the machine keeps what its last boot read.
 */
export function readFeatureOverrides(registry: Registry): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  for (const value of registry.values(FEATURE_OVERRIDES_KEY) ?? []) {
    if (value.type === 'REG_DWORD') out.set(value.name, value.data);
  }
  return out;
}
