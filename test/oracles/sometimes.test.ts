import { beforeAll, describe, expect, it } from 'vitest';
import { loadPowerShellGrammar } from '../../simulators/powershell/index.js';
import { shippedScripts } from '../../src/explore/shipped-scripts.js';
import { SOMETIMES } from '../../src/oracles/index.js';
import { checked, enrolled, type Sketch } from './helpers.js';

const az = { name: 'az', edition: 'datacenter-azure-edition', platform: 'azure', arc: 'none' } as const;
const at = (when: string, action: Record<string, unknown>, machines = ['web']) => ({
  at: when,
  machines,
  ...action,
});
const option2 = { playbook: 'october-2025-workaround-option-2' };
const option2Script = { run: 'scripts/workaround-option-2.ps1' };
const fall = { from: '2025-10', to: '2026-01' };

/** For each sometimes property, a small scenario that reaches it. */
const REACHES: Record<string, Sketch> = {
  'license-expired': { period: fall, fleet: [enrolled] },
  'workaround-rescued': { period: fall, fleet: [enrolled], events: [at('2025-11-04T21:30', option2)] },
  'late-workaround': { period: fall, fleet: [enrolled], events: [at('2025-11-20', option2)] },
  'workaround-without-restart': {
    period: fall,
    fleet: [enrolled],
    events: [at('2025-11-05T10:00', { fault: 'restart-fails' }), at('2025-11-05T10:05', option2)],
  },
  'license-fixed-by-baseline': { period: fall, fleet: [enrolled] },
  'enrollment-stuck': {
    period: fall,
    fleet: [{ name: 'web', edition: 'standard' }],
    events: [at('2025-10-20', { hotpatch: 'enable' })],
  },
  'enrollment-failed': {
    period: fall,
    fleet: [{ name: 'web', platform: 'hyperv-gen1', vbs: 'disabled' }],
    events: [at('2025-10-20', { hotpatch: 'enable' })],
  },
  'enrolled-machine-disconnected': { period: fall, fleet: [{ ...enrolled, arc: 'disconnected' }] },
  'off-line-until-baseline': { period: fall, fleet: [enrolled] },
  'kb5070881-held': { period: fall, fleet: [{ ...az, installed: 'KB5070881' }] },
  'exact-update-hotpatch': { period: fall, fleet: [{ ...az, installed: 'KB5070893' }] },
  'azure-edition-hotpatch': { period: fall, fleet: [az] },
  'hotpatch-month-restart': { period: fall, fleet: [enrolled], events: [at('2025-11-04T21:30', option2)] },
  'vbs-turned-on': {
    period: fall,
    fleet: [{ name: 'web', vbs: 'disabled' }],
    events: [at('2025-10-20', { playbook: 'enable-hotpatch' })],
  },
  'restart-failed': {
    period: fall,
    fleet: [enrolled],
    events: [at('2025-11-05T10:00', { fault: 'restart-fails' }), at('2025-11-05T10:05', { restart: true })],
  },
  'hotpatch-disabled': {
    period: fall,
    fleet: [enrolled],
    events: [at('2025-10-20', { hotpatch: 'disable' })],
  },
  'synthetic-month': { period: { from: '2026-07', to: '2026-08' }, fleet: [az] },
  'script-workaround-rescued': {
    period: fall,
    fleet: [enrolled],
    events: [at('2025-11-04T21:30', { ...option2Script, confirm: true })],
  },
  'script-restart-declined': {
    period: fall,
    fleet: [enrolled],
    events: [at('2025-11-04T21:30', option2Script)],
  },
  'vbs-enabled-by-script': {
    period: fall,
    fleet: [{ name: 'web', vbs: 'disabled' }],
    events: [at('2025-10-20', { run: 'scripts/enable-vbs.ps1' })],
  },
};
const scripts = shippedScripts();

describe('sometimes properties', () => {
  beforeAll(() => loadPowerShellGrammar());

  it('each has a scenario that reaches it', () => {
    expect(Object.keys(REACHES).sort()).toEqual(SOMETIMES.map((s) => s.id).sort());
  });

  it.each(Object.entries(REACHES))('%s fires on its scenario', (id, sketch) => {
    expect(checked(sketch, { scripts }).fired).toContain(id);
  });

  it('credit a rescue to a script only when the last workaround before it was a script', () => {
    // Option 2's restart fails; a check that changes nothing runs; a plain restart then reads the override.
    const run = checked(
      {
        period: fall,
        fleet: [enrolled],
        events: [
          at('2025-11-04T21:00', { fault: 'restart-fails' }),
          at('2025-11-04T21:30', option2),
          at('2025-11-04T22:00', { run: 'scripts/check-vbs.ps1' }),
          at('2025-11-04T22:30', { restart: true }),
        ],
      },
      { scripts },
    );
    expect(run.fired).toContain('workaround-rescued');
    expect(run.fired).not.toContain('script-workaround-rescued');
  });

  it('count option 2 as declined only when its prompt was answered no', () => {
    // Answered yes, but the restart fails: the override is unread at Patch Tuesday all the same.
    const run = checked(
      {
        period: fall,
        fleet: [enrolled],
        events: [
          at('2025-11-04T21:00', { fault: 'restart-fails' }),
          at('2025-11-04T21:30', { ...option2Script, confirm: true }),
        ],
      },
      { scripts },
    );
    expect(run.fired).toContain('workaround-without-restart');
    expect(run.fired).not.toContain('script-restart-declined');
  });

  it('credit VBS turned on to enable-vbs.ps1 only, not to another script run at that instant', () => {
    const sketch = REACHES['vbs-turned-on'] as Sketch;
    const run = checked(
      { ...sketch, events: [at('2025-10-20', { run: 'scripts/check-vbs.ps1' }), ...(sketch.events ?? [])] },
      { scripts },
    );
    expect(run.fired).toContain('vbs-turned-on');
    expect(run.fired).not.toContain('vbs-enabled-by-script');
  });

  it('none fires on a quiet month of one machine that is not enrolled', () => {
    expect(checked({ period: { from: '2025-02', to: '2025-02' }, fleet: [{ name: 'web' }] }).fired).toEqual(
      [],
    );
  });
});
