import { describe, expect, it } from 'vitest';
import { ReleaseCatalog } from '../../simulators/windows-update/index.js';
import { buildWorld, hardwareOf, worldIssues } from '../../src/engine/build-world.js';
import { restartMachine } from '../../src/engine/machine-actions.js';
import { ScenarioError } from '../../src/scenario/errors.js';
import { thrown } from '../support/thrown.js';
import { healthy, member, scenario, worldOf } from './scenario-helpers.js';

const catalog = ReleaseCatalog.default();
const entry = (fields: object) =>
  scenario({ period: { from: '2025-02', to: '2025-02' }, fleet: [{ name: 'm', ...fields }] }).fleet[0];

describe('hardwareOf', () => {
  it('DOMAIN 1: a Hyper-V Generation 1 VM is BIOS, and BIOS has no Secure Boot', () => {
    const e = entry({ platform: 'hyperv-gen1', vbs: 'disabled' });
    expect(e && hardwareOf(e)).toMatchObject({
      platform: 'hyperv-gen1',
      firmware: 'bios',
      secureBoot: false,
    });
  });

  it('DOMAIN 1: a Generation 2 VM defaults to UEFI with Secure Boot on', () => {
    const e = entry({ platform: 'hyperv-gen2' });
    expect(e && hardwareOf(e)).toEqual({
      platform: 'hyperv-gen2',
      firmware: 'uefi',
      secureBoot: true,
      cores: 4,
    });
  });

  it('DESIGN: firmware and Secure Boot as given; Secure Boot defaults off on BIOS', () => {
    const bios = entry({ platform: 'physical', firmware: 'bios', vbs: 'disabled' });
    expect(bios && hardwareOf(bios)).toMatchObject({ firmware: 'bios', secureBoot: false });
    const off = entry({ platform: 'vmware', secureBoot: false, vbs: 'disabled', cores: 16 });
    expect(off && hardwareOf(off)).toEqual({
      platform: 'vmware',
      firmware: 'uefi',
      secureBoot: false,
      cores: 16,
    });
  });
});

describe('worldIssues: what only the world can check', () => {
  const issuesOf = (fleet: object, events: object[] = []) =>
    worldIssues(
      scenario({
        period: { from: '2025-02', to: '2025-02' },
        fleet: [{ name: 'm', ...fleet }],
        events: events as never,
      }),
      catalog,
    );

  it('DOMAIN 1: a Generation 1 VM with UEFI firmware is refused', () => {
    expect(
      issuesOf({ platform: 'hyperv-gen1', firmware: 'uefi', vbs: 'disabled' }).map((i) => i.path),
    ).toContainEqual(['fleet', 0, 'firmware']);
  });

  it('DOMAIN 1: Secure Boot on BIOS firmware is refused', () => {
    expect(
      issuesOf({ platform: 'physical', firmware: 'bios', secureBoot: true, vbs: 'disabled' }).map(
        (i) => i.path,
      ),
    ).toContainEqual(['fleet', 0, 'secureBoot']);
  });

  it('DOMAIN 1 / 2: VBS running on hardware that cannot run it (Gen 1, or Secure Boot off) is refused', () => {
    for (const fleet of [
      { platform: 'hyperv-gen1', vbs: 'running' },
      { platform: 'hyperv-gen2', secureBoot: false, vbs: 'running' },
    ]) {
      const issues = issuesOf(fleet);
      expect(issues.map((i) => i.path)).toContainEqual(['fleet', 0, 'vbs']);
      expect(issues.find((i) => i.path[2] === 'vbs')?.message).toMatch(/VBS cannot run/);
    }
  });

  it('DOMAIN 1 / 3: enrolled without Arc is refused, except on Azure Edition (which needs no Arc)', () => {
    expect(issuesOf({ ...healthy, arc: 'none', hotpatch: 'enabled' }).map((i) => i.path)).toContainEqual([
      'fleet',
      0,
      'hotpatch',
    ]);
    expect(
      issuesOf({ edition: 'datacenter-azure-edition', platform: 'azure', arc: 'none', hotpatch: 'enabled' }),
    ).toEqual([]);
  });

  it('DOMAIN 3: enrolled while VBS does not run is refused (enabling checks that VBS runs)', () => {
    expect(issuesOf({ ...healthy, vbs: 'configured', hotpatch: 'enabled' })[0]?.message).toMatch(/VBS/);
  });

  it('a consistent healthy machine has no issue', () => {
    expect(issuesOf({ ...healthy, hotpatch: 'enabled', installed: 'KB5050009' })).toEqual([]);
  });

  it('buildWorld throws the issues as a ScenarioError naming the file', () => {
    const error = thrown(() =>
      buildWorld(
        scenario({
          period: { from: '2025-02', to: '2025-02' },
          fleet: [{ name: 'm', platform: 'hyperv-gen1' }],
        }),
        {
          file: 'x.yaml',
        },
      ),
    );
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as ScenarioError).file).toBe('x.yaml');
    expect((error as ScenarioError).message).toMatch(/VBS cannot run/);
  });
});

describe('buildWorld', () => {
  it.each([
    ['2025-05', 'KB5055523', '26100.3775'],
    ['2025-04', 'KB5050009', '26100.2894'],
    ['2025-11', 'KB5066835', '26100.6899'],
    ['2026-02', 'KB5073379', '26100.32230'],
  ])(
    'DOMAIN 5: a machine without `installed`, period from %s, starts on the latest baseline before it (%s)',
    (from, kb, build) => {
      const world = worldOf({ period: { from, to: from }, fleet: [{ name: 'm', ...healthy }] });
      expect(member(world, 'm').machine.os).toEqual({ kb, build });
    },
  );

  it('DOMAIN 5: `installed` gives the starting update and its build', () => {
    const world = worldOf({
      period: { from: '2025-11', to: '2025-11' },
      fleet: [{ name: 'm', ...healthy, installed: 'KB5070893' }],
    });
    expect(member(world, 'm').machine.os).toEqual({ kb: 'KB5070893', build: '26100.6905' });
  });

  it('DESIGN: machines come in fleet order with their expanded names, the clock at the period’s first instant', () => {
    const world = worldOf({
      period: { from: '2025-02', to: '2025-03' },
      fleet: [
        { name: 'web', count: 3, ...healthy },
        { name: 'db', ...healthy },
      ],
    });
    expect([...world.fleet.keys()]).toEqual(['web-01', 'web-02', 'web-03', 'db']);
    expect(member(world, 'web-02').template).toBe('web');
    expect(world.clock.now()).toBe(Date.parse('2025-02-01T00:00:00Z'));
  });

  it('DESIGN: arc connected / disconnected / none give an agent that heartbeats, one that does not, and none', () => {
    const world = worldOf({
      period: { from: '2025-02', to: '2025-02' },
      fleet: [
        { name: 'c', ...healthy, arc: 'connected' },
        { name: 'd', ...healthy, arc: 'disconnected' },
        { name: 'n', ...healthy, arc: 'none' },
      ],
    });
    expect(
      [member(world, 'c'), member(world, 'd'), member(world, 'n')].map((f) => [f.arcAgent, f.connected]),
    ).toEqual([
      [true, true],
      [true, false],
      [false, false],
    ]);
  });

  it('DESIGN: hotpatch enabled at the start is an Enabled license profile; disabled is Disabled', () => {
    const world = worldOf({
      period: { from: '2025-02', to: '2025-02' },
      fleet: [
        { name: 'e', ...healthy, hotpatch: 'enabled' },
        { name: 'x', ...healthy, hotpatch: 'disabled' },
      ],
    });
    expect(member(world, 'e').profile.state.status).toBe('Enabled');
    expect(member(world, 'x').profile.state.status).toBe('Disabled');
  });

  it('DOMAIN 2: vbs running is status 2; disabled is 0; configured on capable hardware is 0 until the next boot, then 2', () => {
    const world = worldOf({
      period: { from: '2025-02', to: '2025-02' },
      fleet: [
        { name: 'r', ...healthy, vbs: 'running' },
        { name: 'd', ...healthy, vbs: 'disabled' },
        { name: 'c', ...healthy, vbs: 'configured' },
      ],
    });
    expect(member(world, 'r').machine.boot.vbs.status).toBe(2);
    expect(member(world, 'd').machine.boot.vbs.status).toBe(0);
    const configured = member(world, 'c');
    expect(configured.machine.boot.vbs.status).toBe(0);
    expect(configured.vbsRunning).toBe(false);
    restartMachine(world, configured, 'requested');
    expect(configured.machine.boot.vbs.status).toBe(2);
    expect(configured.vbsRunning).toBe(true);
  });

  it('DOMAIN 2: VBS configured on a Generation 1 VM is enabled but not running (status 1), also after a restart', () => {
    const world = worldOf({
      period: { from: '2025-02', to: '2025-02' },
      fleet: [{ name: 'g1', platform: 'hyperv-gen1', vbs: 'configured' }],
    });
    const fm = member(world, 'g1');
    expect(fm.machine.boot.vbs.status).toBe(1);
    restartMachine(world, fm, 'requested');
    expect(fm.machine.boot.vbs.status).toBe(1);
  });

  it('DESIGN: knobs not given take their documented defaults; given ones override', () => {
    expect(worldOf({ period: { from: '2025-02', to: '2025-02' }, fleet: [{ name: 'm' }] }).knobs).toEqual({
      licenseExpiry: 'always',
      pricePerCoreMonth: 1.5,
      disconnectedLicense: 'kept',
      licenseMutex: 'present',
    });
    expect(
      worldOf({
        period: { from: '2025-02', to: '2025-02' },
        knobs: { licenseExpiry: 'never', pricePerCoreMonth: 0 },
        fleet: [{ name: 'm' }],
      }).knobs,
    ).toMatchObject({ licenseExpiry: 'never', pricePerCoreMonth: 0, disconnectedLicense: 'kept' });
  });

  it('DESIGN: updates.mode is the world’s mode', () => {
    expect(worldOf({ period: { from: '2025-02', to: '2025-02' }, fleet: [{ name: 'm' }] }).mode).toBe(
      'automatic',
    );
    expect(
      worldOf({
        period: { from: '2025-02', to: '2025-02' },
        updates: { mode: 'manual' },
        fleet: [{ name: 'm' }],
      }).mode,
    ).toBe('manual');
  });

  it('DOMAIN 6B: a machine already on an affected update when the run starts has its license expired from the start', () => {
    const world = worldOf({
      period: { from: '2025-11', to: '2025-11' },
      knobs: { licenseExpiry: 'always' },
      fleet: [{ name: 'm', ...healthy, hotpatch: 'enabled', installed: 'KB5066835' }],
    });
    expect(member(world, 'm').licenseExpired).toBe(true);
    expect(world.ledger.events.filter((e) => e.type === 'license-state')).toHaveLength(1);
  });
});
