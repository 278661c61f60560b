import type { Playbook } from './playbook.js';
import { BACK_FROM_RESTART, vbsStatus } from './steps.js';

const MINUTE = 60_000;
const MIN_REVISION = 1742;

/**
 * The documented enablement (the seed document): check the prerequisites, make sure VBS runs
 * (enable it and restart when needed), then enable hotpatch in the portal and wait for it.
 */
export const enableHotpatch: Playbook = {
  name: 'enable-hotpatch',
  description:
    'Check prerequisites and VBS, enable VBS with a restart when needed, enable hotpatch, wait for it',
  *run(ctx) {
    const { machine } = ctx;
    const revision = Number(machine.os.build.split('.')[1]);
    if (revision < MIN_REVISION) {
      return {
        status: 'failed',
        summary: `build ${machine.os.build} is older than 26100.1742, which hotpatch needs`,
      };
    }
    const azureEdition = machine.edition === 'datacenter-azure-edition';
    if (!azureEdition && !machine.services.find('himds')) {
      return { status: 'failed', summary: 'the machine is not Arc-enabled: connect it to Azure Arc first' };
    }
    ctx.log(`VirtualizationBasedSecurityStatus: ${vbsStatus(ctx)}`);
    if (vbsStatus(ctx) !== 2) {
      if (!machine.canRunVbs && machine.boot.vbs.enabled) {
        return {
          status: 'failed',
          summary:
            'VBS is enabled but does not run: the hardware or hypervisor does not meet its requirements',
        };
      }
      ctx.registry.newItemProperty(
        'HKLM:\\System\\CurrentControlSet\\Control\\DeviceGuard',
        'EnableVirtualizationBasedSecurity',
        1,
        { propertyType: 'Dword', force: true },
      );
      ctx.log('Set EnableVirtualizationBasedSecurity = 1; restarting so that it takes effect.');
      if (!ctx.restart()) return { status: 'failed', summary: 'the restart to turn VBS on failed' };
      yield BACK_FROM_RESTART;
      ctx.log(`VirtualizationBasedSecurityStatus after the restart: ${vbsStatus(ctx)}`);
      if (vbsStatus(ctx) !== 2) {
        return {
          status: 'failed',
          summary:
            'VBS still does not run after the restart: the hardware or hypervisor requirements are not met',
        };
      }
    }
    if (azureEdition)
      return { status: 'succeeded', summary: 'Azure Edition: hotpatch is on by default and VBS runs' };
    if (ctx.hotpatch().status === 'Enabled')
      return { status: 'succeeded', summary: 'hotpatch was already enabled and VBS runs' };
    ctx.requestHotpatch('enable');
    ctx.log('Hotpatch → Confirm sent; waiting about ten minutes for it to apply.');
    for (let waited = 0; waited < 30; waited++) {
      yield { waitMs: MINUTE };
      const state = ctx.hotpatch();
      if (state.status === 'Enabled')
        return { status: 'succeeded', summary: `hotpatch enabled after ${waited + 1} minutes` };
      if (state.status === 'Failed')
        return { status: 'failed', summary: `enabling failed: ${state.error?.message ?? 'no error given'}` };
    }
    const hint = ctx.arcConnected()
      ? 'check the October 2025 licensing issue'
      : 'the Arc agent is disconnected: troubleshoot it';
    return {
      status: 'stopped',
      summary: `hotpatch still ${ctx.hotpatch().status} after 30 minutes; ${hint}`,
    };
  },
};
