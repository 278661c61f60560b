import { serviceErrors } from '../../simulators/machine/index.js';
import type { Playbook } from './playbook.js';
import { BACK_FROM_RESTART, OVERRIDE_VALUE, OVERRIDES_KEY, removeLicensingMutex } from './steps.js';

/**
 * Workaround option 2 for the October 2025 licensing issue (DOC, the seed's known issues), step by
 * step: stop himds, recreate the overrides key with New-Item -Force (which deletes any override
 * already in it: the runbook says so), set the DWORD override, remove the mutex if present, and
 * restart. The mitigation is complete only after the restart.
 */
export const october2025WorkaroundOption2: Playbook = {
  name: 'october-2025-workaround-option-2',
  description:
    'Stop HIMDS, set feature override 4264695439 = 1, remove DeviceLicensingServiceCommandMutex, restart',
  *run(ctx) {
    const { machine } = ctx;
    if (machine.services.find('HIMDS')) {
      machine.services.stop('HIMDS');
      ctx.log('Stop-Service HIMDS: stopped.');
    } else {
      // A non-terminating error in PowerShell: the script goes on.
      ctx.log(`Stop-Service: ${serviceErrors.notFound('HIMDS').message}`);
    }
    const lost = ctx.registry.testPath(OVERRIDES_KEY)
      ? ctx.registry.getItemProperty(OVERRIDES_KEY).map((v) => v.name)
      : [];
    ctx.registry.newItem(OVERRIDES_KEY, { force: true });
    ctx.log(
      lost.length > 0
        ? `New-Item -Force recreated ${OVERRIDES_KEY}, deleting the overrides it held: ${lost.join(', ')}.`
        : `New-Item -Force created ${OVERRIDES_KEY}.`,
    );
    ctx.registry.newItemProperty(OVERRIDES_KEY, OVERRIDE_VALUE, 1, { propertyType: 'dword', force: true });
    ctx.log(`New-ItemProperty ${OVERRIDE_VALUE} = 1 (DWORD).`);
    removeLicensingMutex(ctx);
    ctx.log('Restart-Computer -Confirm: answered Yes.');
    if (!ctx.restart())
      return { status: 'failed', summary: 'the restart failed; the mitigation is not complete' };
    yield BACK_FROM_RESTART;
    return { status: 'succeeded', summary: 'override set, mutex handled, machine restarted' };
  },
};
