import { beforeAll, describe, expect, it } from 'vitest';
import { loadPowerShellGrammar } from '../../simulators/powershell/index.js';
import { shippedScripts } from '../../src/explore/shipped-scripts.js';
import { azureEditionLicense } from '../../src/oracles/azure-edition-license.js';
import { enrollmentNeedsVbs } from '../../src/oracles/enrollment-needs-vbs.js';
import { licenseBackAfterBoot } from '../../src/oracles/license-back-after-boot.js';
import { workaroundClaim } from '../../src/oracles/workaround-claim.js';
import { workaroundNeedsRestart } from '../../src/oracles/workaround-needs-restart.js';
import { option2WithoutRestart } from '../explore/helpers.js';
import { check, checked, editSnapshot, enrolled, withMachine } from './helpers.js';

const option2 = (at: string) => ({
  at,
  machines: ['web'],
  playbook: 'october-2025-workaround-option-2' as const,
});
const period = { from: '2025-10', to: '2025-12' };

/** The facts with machine `web`'s November Patch Tuesday changed by `edit`. */
function novemberOfWeb(
  facts: Parameters<typeof withMachine>[0],
  edit: { licenseExpired: boolean; licensingBlocked?: boolean },
) {
  return withMachine(facts, 'web', (m) => {
    const pt = m.patchTuesdays.get('2025-11');
    if (!pt) throw new Error('no November Patch Tuesday');
    return { ...m, patchTuesdays: new Map([...m.patchTuesdays, ['2025-11', { ...pt, ...edit }]]) };
  });
}

describe('azure-edition-license (DOMAIN.md 1, 6B)', () => {
  const run = checked({ period, fleet: [{ name: 'az', edition: 'datacenter-azure-edition', arc: 'none' }] });

  it('holds: Azure Edition is exempt from the licensing issue', () => {
    expect(check(azureEditionLicense, run)).toEqual([]);
  });

  it('catches a license-state event or a license-expired month on an Azure Edition machine', () => {
    const violations = check(azureEditionLicense, run, {
      report: (r) => {
        r.events.push({
          at: '2025-11-01T00:00:00.000Z',
          machine: 'az',
          type: 'license-state',
          detail: 'expired',
        });
        (r.machines[0]?.months[1]?.reasons ?? []).push('license-expired');
        return r;
      },
    });
    expect(violations.map((v) => v.message)).toEqual([
      'month gives license-expired as a reason',
      'license-state event at 2025-11-01T00:00:00.000Z: expired',
    ]);
  });
});

describe('workaround-needs-restart (DOMAIN.md 6B)', () => {
  // The override is written on November 5 but the restart fails: Patch Tuesday finds it unread.
  const run = checked({
    period,
    fleet: [enrolled],
    events: [
      { at: '2025-11-05T10:00', machines: ['web'], fault: 'restart-fails' },
      option2('2025-11-05T10:05'),
    ],
  });

  it('holds: without the restart the license is still expired at Patch Tuesday', () => {
    expect(run.fired).toContain('workaround-without-restart');
    expect(check(workaroundNeedsRestart, run)).toEqual([]);
  });

  it('catches a license that came back with no restart since the override was written', () => {
    const violations = check(workaroundNeedsRestart, run, {
      facts: (f) => novemberOfWeb(f, { licenseExpired: false }),
    });
    expect(violations).toHaveLength(1);
    expect(violations[0]?.message).toMatch(/went from expired\/blocked to valid\/blocked/);
  });
});

describe('workaround-needs-restart, script forms (DOMAIN.md 6B)', () => {
  const scripts = shippedScripts();
  const run = (events: Array<{ at: string } & Record<string, unknown>>) =>
    checked(
      { period, fleet: [enrolled], events: events.map((e) => ({ machines: ['web'], ...e })) },
      { scripts },
    );
  const unreadInNovember = (r: ReturnType<typeof run>) => {
    const pt = r.facts?.machines.get('web')?.patchTuesdays.get('2025-11');
    return [pt?.overrideWritten, pt?.overrideBooted, pt?.licenseExpired];
  };
  // Option 2's Restart-Computer -Confirm answered no; option 1's policy with its forced restart failing.
  let declined: ReturnType<typeof run>;
  let failed: ReturnType<typeof run>;
  beforeAll(async () => {
    await loadPowerShellGrammar();
    declined = run([{ at: '2025-11-04T21:30', run: 'scripts/workaround-option-2.ps1' }]);
    failed = run([
      { at: '2025-11-04T21:00', fault: 'restart-fails' },
      { at: '2025-11-04T21:05', run: 'scripts/workaround-option-1-cleanup.ps1' },
      { at: '2025-11-04T21:10', run: 'scripts/workaround-option-1-policy.ps1' },
    ]);
  });

  it('holds: the override a script wrote without its restart leaves the license expired at Patch Tuesday', () => {
    for (const r of [declined, failed]) {
      expect(unreadInNovember(r)).toEqual([true, false, true]);
      expect(r.report?.machines[0]?.months[1]?.reasons).toEqual(['license-expired']);
      expect(check(workaroundNeedsRestart, r)).toEqual([]);
    }
    expect(declined.fired).toContain('script-restart-declined');
  });

  it('catches a license the script form brought back with no restart since', () => {
    const violations = check(workaroundNeedsRestart, declined, {
      facts: (f) => novemberOfWeb(f, { licenseExpired: false, licensingBlocked: false }),
    });
    expect(violations.map((v) => v.month)).toEqual(['2025-11']);
    expect(violations[0]?.message).toMatch(/went from expired\/blocked to valid\/unblocked/);
  });

  it('the same scripts with their restart rescue the machine, through a boot that read the override', () => {
    const rescued = run([{ at: '2025-11-04T21:30', run: 'scripts/workaround-option-2.ps1', confirm: true }]);
    expect(unreadInNovember(rescued)).toEqual([true, true, false]);
    expect(rescued.report?.machines[0]?.months[1]).toMatchObject({
      kind: 'hotpatch',
      reasons: ['requested'],
    });
    expect(check(licenseBackAfterBoot, rescued)).toEqual([]);
    expect(rescued.violations).toEqual([]);
  });
});

describe('license-back-after-boot (DOMAIN.md 6B)', () => {
  const run = checked({ period, fleet: [enrolled], events: [option2('2025-11-04T21:30')] });

  it('holds: option 2 brings the license back at its restart', () => {
    expect(run.fired).toContain('workaround-rescued');
    expect(check(licenseBackAfterBoot, run)).toEqual([]);
  });

  it('catches a license valid again with no boot having read the override', () => {
    const violations = check(licenseBackAfterBoot, run, {
      facts: (f) =>
        withMachine(f, 'web', (m) =>
          editSnapshot(
            m,
            (s, i, all) => i > 0 && (all[i - 1]?.licenseExpired ?? false) && !s.licenseExpired,
            {
              overrideBooted: false,
            },
          ),
        ),
    });
    expect(violations.map((v) => v.month)).toEqual(['2025-11']);
  });
});

describe('workaround-claim (DOMAIN.md 6B)', () => {
  const sketch = { period, fleet: [enrolled], events: [option2('2025-11-04T21:30')] };

  it('holds for the shipped option 2, which restarts', () => {
    expect(check(workaroundClaim, checked(sketch))).toEqual([]);
  });

  it('catches option 2 without its restart claiming success', () => {
    const run = checked(sketch, {
      playbooks: new Map([[option2WithoutRestart.name, option2WithoutRestart]]),
    });
    expect(check(workaroundClaim, run).map((v) => v.message)).toEqual([
      'october-2025-workaround-option-2 reported success at 2025-11-04T21:31:00.000Z but the licensing issue still holds the machine',
    ]);
  });

  it('holds when two machines run it at one instant: the report lists them in fleet order, not as they ran', () => {
    // Found by exploration once reports ordered same-instant events by fleet place (shards).
    const both = checked({
      period: { from: '2025-11', to: '2026-01' },
      fleet: [{ name: 'db' }, { name: 'web' }],
      events: [
        { at: '2025-11-01T00:00', machines: ['web'], playbook: 'october-2025-workaround-option-1' },
        { at: '2025-11-01T00:00', machines: ['db'], playbook: 'october-2025-workaround-option-1' },
      ],
    });
    const succeeded = both.report?.events.filter((e) => e.detail.includes(': succeeded: ')) ?? [];
    expect(succeeded.map((e) => e.machine)).toEqual(['db', 'web']);
    expect(check(workaroundClaim, both)).toEqual([]);
  });

  it('does not hold a workaround applied before the issue first hit to a rescue it never claimed', () => {
    const early = checked({ ...sketch, events: [option2('2025-10-14T18:00')] });
    expect(check(workaroundClaim, early)).toEqual([]);
  });
});

describe('enrollment-needs-vbs (DOMAIN.md 1, 3)', () => {
  const run = checked({
    period: { from: '2025-09', to: '2025-09' },
    fleet: [{ name: 'web', edition: 'standard', installed: 'KB5064010' }],
    events: [{ at: '2025-09-15T10:00', machines: ['web'], hotpatch: 'enable' }],
  });

  it('holds: the enrollment completes with VBS running', () => {
    expect(run.facts?.machines.get('web')?.timeline.at(-1)?.hotpatch).toBe('Enabled');
    expect(check(enrollmentNeedsVbs, run)).toEqual([]);
  });

  it('catches an enrollment that completed while VBS did not run', () => {
    const violations = check(enrollmentNeedsVbs, run, {
      facts: (f) =>
        withMachine(f, 'web', (m) => editSnapshot(m, (s) => s.hotpatch === 'Enabled', { vbsStatus: 1 })),
    });
    expect(violations.map((v) => v.message)).toEqual([
      'enrollment completed at 2025-09-15T10:10:00.000Z with VBS status 1',
    ]);
  });
});
