import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import { applyScenarioEvent } from '../../src/engine/scenario-events.js';
import type { ScenarioEvent } from '../../src/scenario/schema.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import {
  detailsOf,
  driveTo,
  eventsOf,
  healthy,
  iso,
  member,
  run,
  summary,
  worldOf,
} from './scenario-helpers.js';

// What each scenario event does (DESIGN.md scenario format v1; faults as documented in the engine).

describe('scenario events', () => {
  const base = { period: { from: '2025-02', to: '2025-03' } };
  const fleet = [{ name: 'web', count: 2, ...healthy, hotpatch: 'enabled' as const, installed: 'KB5050009' }];

  it('DESIGN: a restart event restarts each target once, with reason requested', () => {
    const report = run({
      ...base,
      fleet,
      events: [{ at: '2025-02-20', machines: ['web-02'], restart: true }],
    });
    expect(summary(report, 'web-02', '2025-02')).toEqual({
      update: 'KB5052105',
      kind: 'hotpatch',
      restarts: 1,
      reasons: ['requested'],
    });
    expect(summary(report, 'web-01', '2025-02').restarts).toBe(0);
    expect(eventsOf(report, 'web-02', 'restart')).toEqual([
      { at: iso('2025-02-20'), machine: 'web-02', type: 'restart', detail: 'requested' },
    ]);
  });

  it('DESIGN: machines: all and a template name select every machine of the fleet or of the template', () => {
    const report = run({
      ...base,
      fleet: [...fleet, { name: 'db', ...healthy }],
      events: [
        { at: '2025-02-20', machines: 'all', restart: true },
        { at: '2025-02-21', machines: ['web'], restart: true },
      ],
    });
    expect(summary(report, 'web-01', '2025-02').restarts).toBe(2);
    expect(summary(report, 'web-02', '2025-02').restarts).toBe(2);
    expect(summary(report, 'db', '2025-02').restarts).toBe(2); // the restart event and the LCU
    expect(eventsOf(report, 'db', 'restart').map((e) => e.detail)).toContain('requested');
  });

  it('DESIGN: an install event of an update the machine already has restarts nothing and says so', () => {
    const report = run({
      ...base,
      fleet,
      events: [{ at: '2025-02-03', machines: ['web-01'], install: 'KB5050009' }],
    });
    expect(detailsOf(report, 'web-01', 'update-installed')[0]).toMatch(/KB5050009 already installed/);
    expect(eventsOf(report, 'web-01', 'restart')).toEqual([]);
  });

  it('DESIGN: an install event of a restart update logs the install and restarts for update-install', () => {
    const report = run({
      period: { from: '2025-04', to: '2025-04' },
      fleet: [{ name: 'm', ...healthy, hotpatch: 'enabled', installed: 'KB5053636' }],
      events: [{ at: '2025-04-17T10:00', machines: 'all', install: 'KB5059087' }],
    });
    const installed = eventsOf(report, 'm', 'update-installed').find((e) => e.detail.startsWith('KB5059087'));
    expect(installed?.at).toBe(iso('2025-04-17T10:00'));
    expect(installed?.detail).toMatch(/restart required/);
    const restart = eventsOf(report, 'm', 'restart').find((e) => e.at === iso('2025-04-17T10:00'));
    expect(restart?.detail).toMatch(/^update-install; applied KB5059087/);
  });

  it('DOMAIN 1: hotpatch enable on Azure Edition is not an Arc operation: logged, nothing changes', () => {
    const report = run({
      ...base,
      fleet: [
        {
          name: 'az',
          edition: 'datacenter-azure-edition',
          platform: 'azure',
          arc: 'none',
          installed: 'KB5050009',
        },
      ],
      events: [{ at: '2025-02-03', machines: 'all', hotpatch: 'enable' }],
    });
    expect(detailsOf(report, 'az', 'hotpatch-state')).toEqual([
      'Azure Edition: hotpatch is on by default, not managed through Arc',
    ]);
    expect(summary(report, 'az', '2025-02').kind).toBe('hotpatch');
  });

  it('DOMAIN 1 / 3: hotpatch enable on a machine without Arc fails, naming Arc; it stays not enrolled', () => {
    const report = run({
      ...base,
      fleet: [{ name: 'm', ...healthy, arc: 'none', installed: 'KB5050009' }],
      events: [{ at: '2025-02-03', machines: 'all', hotpatch: 'enable' }],
    });
    expect(detailsOf(report, 'm', 'hotpatch-state')).toEqual([
      'cannot enable hotpatch: the machine is not Arc-enabled',
    ]);
    expect(summary(report, 'm', '2025-02')).toMatchObject({ kind: 'lcu', reasons: ['not-enrolled'] });
  });

  describe('faults', () => {
    it('each fault is logged as a fault event naming it, at its time', () => {
      const report = run({
        ...base,
        fleet,
        events: [
          { at: '2025-02-02', machines: ['web-01'], fault: 'arc-disconnect' },
          { at: '2025-02-03', machines: ['web-01'], fault: 'arc-reconnect' },
          { at: '2025-02-04', machines: ['web-01'], fault: 'himds-stop' },
          { at: '2025-02-05', machines: ['web-01'], fault: 'restart-fails' },
        ],
      });
      expect(eventsOf(report, 'web-01', 'fault')).toEqual([
        { at: iso('2025-02-02'), machine: 'web-01', type: 'fault', detail: 'arc-disconnect' },
        { at: iso('2025-02-03'), machine: 'web-01', type: 'fault', detail: 'arc-reconnect' },
        { at: iso('2025-02-04'), machine: 'web-01', type: 'fault', detail: 'himds-stop' },
        { at: iso('2025-02-05'), machine: 'web-01', type: 'fault', detail: 'restart-fails' },
      ]);
      expect(eventsOf(report, 'web-02', 'fault')).toEqual([]);
    });

    it('arc-disconnect takes the agent down and arc-reconnect brings it back', () => {
      const world = worldOf({ ...base, fleet });
      const fm = member(world, 'web-01');
      const event = (fault: ScenarioEvent['fault']): ScenarioEvent => ({
        at: '2025-02-02',
        machines: 'all',
        fault,
      });
      expect(fm.connected).toBe(true);
      applyScenarioEvent(world, fm, event('arc-disconnect'));
      expect(fm.connected).toBe(false);
      applyScenarioEvent(world, fm, event('arc-reconnect'));
      expect(fm.connected).toBe(true);
    });

    it('DOMAIN 4: himds-stop stops the himds service; the agent is disconnected until the next boot starts it', () => {
      const world = worldOf({ ...base, fleet });
      const fm = member(world, 'web-01');
      driveTo(world, '2025-02-02');
      applyScenarioEvent(world, fm, { at: '2025-02-02', machines: 'all', fault: 'himds-stop' });
      expect(fm.machine.services.find('himds')?.status).toBe('Stopped');
      expect(fm.connected).toBe(false);
      applyScenarioEvent(world, fm, { at: '2025-02-02', machines: 'all', restart: true });
      expect(fm.machine.services.find('himds')?.status).toBe('Running');
      expect(fm.connected).toBe(true);
    });

    it('restart-fails: the next restart attempt fails (no restart counted), the one after it succeeds', () => {
      const report = run({
        ...base,
        fleet,
        events: [
          { at: '2025-02-02', machines: ['web-01'], fault: 'restart-fails' },
          { at: '2025-02-03', machines: ['web-01'], restart: true },
          { at: '2025-02-04', machines: ['web-01'], restart: true },
        ],
      });
      expect(summary(report, 'web-01', '2025-02')).toMatchObject({ restarts: 1, reasons: ['requested'] });
      expect(eventsOf(report, 'web-01', 'restart').map((e) => e.at)).toEqual([iso('2025-02-04')]);
      expect(detailsOf(report, 'web-01', 'fault')).toEqual([
        'restart-fails',
        expect.stringMatching(/^restart failed/),
      ]);
    });

    it('restart-fails: an update installed then waits for the next restart, which applies it', () => {
      const report = run({
        period: { from: '2025-04', to: '2025-05' },
        fleet: [{ name: 'm', ...healthy, hotpatch: 'enabled', installed: 'KB5053636' }],
        events: [
          { at: '2025-04-16', machines: 'all', fault: 'restart-fails' },
          { at: '2025-04-17', machines: 'all', install: 'KB5059087' },
          { at: '2025-04-20', machines: 'all', restart: true },
        ],
      });
      expect(detailsOf(report, 'm', 'restart').at(-2)).toBe('requested; applied KB5059087');
      // Applied: the machine is off the hotpatch line in May (DOMAIN 5).
      expect(summary(report, 'm', '2025-05')).toMatchObject({ kind: 'lcu', reasons: ['off-baseline'] });
    });
  });
});

describe('install events of updates that do not apply', () => {
  const run = (install: string, at = '2025-12-01') =>
    runScenario(
      scenarioSchema.parse({
        name: 'applicability',
        period: { from: '2025-11', to: '2025-12' },
        knobs: { licenseExpiry: 'never' },
        fleet: [{ name: 'web', edition: 'standard', hotpatch: 'enabled', installed: 'KB5066835' }],
        events: [{ at, machines: ['web'], install }],
      }),
    );

  it('INFER: an update older than the one the machine runs is superseded and installs nothing', () => {
    const report = run('KB5065426');
    expect(report.events).toContainEqual(
      expect.objectContaining({
        machine: 'web',
        detail: 'KB5065426 not applicable: superseded by KB5068966, which the machine runs',
      }),
    );
    expect(report.machines[0]?.months[1]).toMatchObject({ kind: 'hotpatch', restarts: 0 });
  });

  it('DOC: a hotpatch for another base does not install (the machine must be on its baseline)', () => {
    const report = run('KB5053636', '2025-11-01');
    expect(report.events.map((e) => e.detail)).toContain(
      'KB5053636 not applicable: superseded by KB5066835, which the machine runs',
    );
    const offLine = runScenario(
      scenarioSchema.parse({
        name: 'applicability',
        period: { from: '2025-11', to: '2025-11' },
        fleet: [
          { name: 'web', edition: 'datacenter-azure-edition', platform: 'azure', installed: 'KB5070881' },
        ],
        events: [{ at: '2025-11-11T12:00', machines: ['web'], install: 'KB5068966' }],
      }),
    );
    expect(offLine.events.map((e) => e.detail)).toContain(
      'KB5068966 not applicable: a hotpatch for another base; the machine runs KB5070881',
    );
  });
});
