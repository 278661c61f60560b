import { beforeAll, describe, expect, it } from 'vitest';
import { HIMDS_LOG } from '../../simulators/arc/agent/index.js';
import { loadPowerShellGrammar } from '../../simulators/powershell/index.js';
import { scheduleScenarioEvents } from '../../src/engine/run.js';
import type { World } from '../../src/engine/world.js';
import {
  detailsOf,
  driveTo,
  healthy,
  member,
  run,
  type ScenarioSketch,
  scenario,
  worldOf,
} from './scenario-helpers.js';

// One emulated Connected Machine agent per Arc-enabled machine, wired into runs.

beforeAll(() => loadPowerShellGrammar());

/** A world with the scenario's events queued (not its Patch Tuesdays), at the start of its period. */
function worldWithEvents(sketch: ScenarioSketch): World {
  const parsed = scenario(sketch);
  const world = worldOf(parsed);
  scheduleScenarioEvents(world, parsed, {});
  return world;
}

describe('the Connected Machine agent in a run', () => {
  const base = { period: { from: '2025-02', to: '2025-02' } };
  const fleet = [{ name: 'web', count: 1, ...healthy }];

  it('buildWorld gives an Arc machine an agent connected to the scenario resource, none to arc: none', () => {
    const world = worldOf({
      ...base,
      fleet: [...fleet, { name: 'off', count: 1, ...healthy, arc: 'none' as const }],
      azure: { resourceGroup: 'rg-test', location: 'northeurope' },
    });
    const agent = member(world, 'web').agent;
    expect(agent?.resource).toMatchObject({ resourceGroup: 'rg-test', location: 'northeurope', name: 'web' });
    expect(agent?.networkUp).toBe(true);
    expect(member(world, 'off').agent).toBeUndefined();
  });

  it('arc: disconnected starts the agent with the network down', () => {
    const world = worldOf({
      ...base,
      fleet: [{ name: 'web', count: 1, ...healthy, arc: 'disconnected' as const }],
    });
    expect(member(world, 'web').agent?.networkUp).toBe(false);
  });

  it('a run: script calling azcmagent show logs its Agent Status line as script-output', () => {
    const report = run(
      {
        ...base,
        fleet,
        events: [{ at: '2025-02-10T10:00', machines: ['web'], run: 'scripts/show.ps1' }],
      },
      { scripts: new Map([['scripts/show.ps1', 'azcmagent show']]) },
    );
    const lines = detailsOf(report, 'web', 'script-output');
    expect(lines.some((l) => /^scripts\/show\.ps1: Agent Status\s+: Connected$/.test(l))).toBe(true);
    expect(detailsOf(report, 'web', 'script-error')).toEqual([]);
  });

  it('the arc-disconnect and arc-reconnect faults switch the agent network in step with the machine', () => {
    const world = worldWithEvents({
      ...base,
      fleet,
      events: [
        { at: '2025-02-10T10:00', machines: ['web'], fault: 'arc-disconnect' },
        { at: '2025-02-11T10:00', machines: ['web'], fault: 'arc-reconnect' },
      ],
    });
    const fm = member(world, 'web');
    driveTo(world, '2025-02-10T11:00');
    expect([fm.networkUp, fm.agent?.networkUp]).toEqual([false, false]);
    fm.agent?.tick();
    expect(fm.agent?.azureStatus).toBe('Disconnected');
    driveTo(world, '2025-02-11T11:00');
    expect([fm.networkUp, fm.agent?.networkUp]).toEqual([true, true]);
    fm.agent?.tick();
    expect(fm.agent?.azureStatus).toBe('Connected');
  });

  it('after a himds-stop fault the agent himds.log on the machine disk has lines at virtual times', () => {
    const world = worldWithEvents({
      ...base,
      fleet,
      events: [{ at: '2025-02-10T10:00', machines: ['web'], fault: 'himds-stop' }],
    });
    driveTo(world, '2025-02-10T11:00');
    const fm = member(world, 'web');
    expect(fm.agent?.himdsRunning).toBe(false);
    const log = fm.machine.disk.readText(HIMDS_LOG);
    expect(log).toContain('himds service stopped');
    expect(log).toContain('2025-02-10');
    expect(log.split(/\r?\n/).find((l) => l.includes('himds service stopped'))).toMatch(
      /2025-02-10T10:00:00/,
    );
  });

  it('a restart ticks the agent: himds stops at shutdown and starts with the boot, in himds.log', () => {
    const world = worldWithEvents({
      ...base,
      fleet,
      events: [
        { at: '2025-02-10T10:00', machines: ['web'], fault: 'himds-stop' },
        { at: '2025-02-10T12:00', machines: ['web'], restart: true },
      ],
    });
    driveTo(world, '2025-02-10T13:00');
    const fm = member(world, 'web');
    expect(fm.agent?.himdsRunning).toBe(true);
    const started = fm.machine.disk
      .readText(HIMDS_LOG)
      .split(/\r?\n/)
      .filter((l) => l.includes('himds service started'));
    expect(started.some((l) => /2025-02-10T12:0/.test(l))).toBe(true);
  });
});
