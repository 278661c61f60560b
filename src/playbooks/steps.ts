import { RegistryError } from '../../simulators/registry/index.js';
import type { PlaybookContext } from './playbook.js';

/** The value the licensing issue leaves behind (DOC: the seed's workaround removes it). */
export const SUBSCRIPTIONS_KEY = 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Subscriptions';
export const MUTEX_VALUE = 'DeviceLicensingServiceCommandMutex';
/** The feature override both workarounds set (DOC option 2; option 1's policy, INFER). */
export const OVERRIDES_KEY =
  'HKLM:\\SYSTEM\\CurrentControlSet\\Policies\\Microsoft\\FeatureManagement\\Overrides';
export const OVERRIDE_VALUE = '4264695439';

/**
 * Removes the mutex value, skipping it when absent (never the key), as both workarounds do:
 * Remove-ItemProperty with -ErrorAction Stop inside try/catch.
 */
export function removeLicensingMutex(ctx: PlaybookContext): void {
  try {
    ctx.registry.removeItemProperty(SUBSCRIPTIONS_KEY, MUTEX_VALUE);
    ctx.log(`Removed ${MUTEX_VALUE} from ${SUBSCRIPTIONS_KEY}.`);
  } catch (error) {
    if (!(error instanceof RegistryError)) throw error;
    ctx.log(`${MUTEX_VALUE} not present, nothing removed (${error.message})`);
  }
}

/** The VBS status the machine reports (Win32_DeviceGuard.VirtualizationBasedSecurityStatus). */
export const vbsStatus = (ctx: PlaybookContext): number => ctx.machine.boot.vbs.status;

/** How long a playbook waits for its machine to come back from a restart (ASSUME: a few minutes). */
export const BACK_FROM_RESTART = { waitMs: 3 * 60_000 } as const;
