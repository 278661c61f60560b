import { dword } from '../../simulators/registry/index.js';
import type { Playbook } from './playbook.js';
import { BACK_FROM_RESTART, OVERRIDE_VALUE, OVERRIDES_KEY, removeLicensingMutex } from './steps.js';

/**
 * Workaround option 1 for the October 2025 licensing issue (DOC, the seed's known issues):
 * install the KB5062660 251028_18301 Feature Preview policy template, enable its policy, restart,
 * then remove the mutex value. Enabling the policy writes the same feature override as option 2
 * (INFER), into the existing policy key, leaving any other override in place.
 */
export const october2025WorkaroundOption1: Playbook = {
  name: 'october-2025-workaround-option-1',
  description:
    'Feature Preview policy KB5062660 251028_18301, restart, remove DeviceLicensingServiceCommandMutex',
  *run(ctx) {
    ctx.log('Installed the KB5062660 251028_18301 Feature Preview package (policy template).');
    const registry = ctx.machine.registry;
    registry.createKey(OVERRIDES_KEY);
    registry.setValue(OVERRIDES_KEY, OVERRIDE_VALUE, dword(1));
    ctx.log('Policy "KB5062660 251028_18301 Feature Preview" set to Enabled.');
    if (!ctx.restart())
      return { status: 'failed', summary: 'the restart failed; the policy takes effect only at a boot' };
    yield BACK_FROM_RESTART;
    removeLicensingMutex(ctx);
    return { status: 'succeeded', summary: 'policy enabled, machine restarted, mutex handled' };
  },
};
