import { describe, expect, it } from 'vitest';
import { HEARTBEAT_INTERVAL_MS, heartbeatTimes } from '../../../simulators/arc/agent/index.js';
import { agentAt, iso, MIN } from './fixtures.js';

describe('heartbeats and the status Azure shows', () => {
  it('DOC: a running agent heartbeats every five minutes on virtual time', () => {
    const { clock, agent } = agentAt();
    expect(HEARTBEAT_INTERVAL_MS).toBe(5 * MIN);
    expect(agent.azureStatus).toBe('Connected');
    expect(iso([agent.lastHeartbeat ?? 0])).toEqual(['2025-11-03T22:00:00.000Z']);
    clock.advance(17 * MIN);
    // Three heartbeats, evenly spaced: one run.
    expect(agent.tick()).toEqual({
      heartbeats: [
        {
          first: Date.parse('2025-11-03T22:05:00Z'),
          last: Date.parse('2025-11-03T22:15:00Z'),
          every: 5 * MIN,
        },
      ],
      changes: [],
    });
    expect(iso([agent.lastHeartbeat ?? 0])).toEqual(['2025-11-03T22:15:00.000Z']);
  });

  it('DOC + ASSUME: himds stops → Disconnected 15 minutes after the last heartbeat; the next boot → Connected', () => {
    const { clock, machine, agent } = agentAt();
    clock.advance(12 * MIN);
    expect(iso(heartbeatTimes(agent.tick().heartbeats))).toEqual([
      '2025-11-03T22:05:00.000Z',
      '2025-11-03T22:10:00.000Z',
    ]);
    machine.services.stop('himds');
    expect(agent.tick()).toEqual({ heartbeats: [], changes: [] });
    expect(agent.azureStatus).toBe('Connected'); // Azure has not noticed yet
    expect(agent.localStatus).toBe('Disconnected');

    clock.advance(60 * MIN);
    const silent = agent.tick();
    expect(silent.heartbeats).toEqual([]);
    expect(silent.changes).toEqual([
      { at: Date.parse('2025-11-03T22:25:00Z'), kind: 'status', from: 'Connected', to: 'Disconnected' },
    ]);
    expect(agent.azureStatus).toBe('Disconnected');

    machine.restart('requested'); // himds is Automatic: it starts with the boot
    const boot = agent.tick();
    expect(iso(heartbeatTimes(boot.heartbeats))).toEqual(['2025-11-03T23:12:00.000Z']);
    expect(boot.changes).toEqual([
      { at: Date.parse('2025-11-03T23:12:00Z'), kind: 'status', from: 'Disconnected', to: 'Connected' },
    ]);
    clock.advance(11 * MIN);
    expect(iso(heartbeatTimes(agent.tick().heartbeats))).toEqual([
      '2025-11-03T23:17:00.000Z',
      '2025-11-03T23:22:00.000Z',
    ]);
  });

  it('a boot found late is placed at its own instant, not at the tick', () => {
    const { clock, machine, agent } = agentAt();
    clock.advance(7 * MIN);
    machine.restart('requested');
    clock.advance(4 * MIN);
    expect(iso(heartbeatTimes(agent.tick().heartbeats))).toEqual([
      '2025-11-03T22:05:00.000Z',
      '2025-11-03T22:07:00.000Z',
    ]);
    clock.advance(1 * MIN);
    expect(iso(heartbeatTimes(agent.tick().heartbeats))).toEqual(['2025-11-03T22:12:00.000Z']);
  });

  it('a service stop found late is placed at the tick that finds it (the harness ticks right after)', () => {
    const { clock, machine, agent } = agentAt();
    clock.advance(7 * MIN);
    machine.services.stop('himds');
    clock.advance(4 * MIN);
    expect(iso(heartbeatTimes(agent.tick().heartbeats))).toEqual([
      '2025-11-03T22:05:00.000Z',
      '2025-11-03T22:10:00.000Z',
    ]);
    clock.advance(10 * MIN);
    expect(agent.tick().heartbeats).toEqual([]);
  });

  it('a restart while himds runs keeps Azure connected: the new run heartbeats at once', () => {
    const { clock, machine, agent } = agentAt();
    clock.advance(3 * MIN);
    machine.restart('requested');
    const out = agent.tick();
    expect(iso(heartbeatTimes(out.heartbeats))).toEqual(['2025-11-03T22:03:00.000Z']);
    expect(out.changes).toEqual([]);
  });

  it('the network going down stops heartbeats reaching Azure; its return brings Connected at the next beat', () => {
    const { clock, agent } = agentAt();
    clock.advance(2 * MIN);
    agent.setNetworkUp(false);
    clock.advance(40 * MIN);
    expect(agent.tick()).toEqual({
      heartbeats: [],
      changes: [
        { at: Date.parse('2025-11-03T22:15:00Z'), kind: 'status', from: 'Connected', to: 'Disconnected' },
      ],
    });
    expect(agent.localStatus).toBe('Disconnected');
    agent.setNetworkUp(true);
    clock.advance(5 * MIN);
    expect(agent.tick()).toEqual({
      heartbeats: [
        {
          first: Date.parse('2025-11-03T22:45:00Z'),
          last: Date.parse('2025-11-03T22:45:00Z'),
          every: 5 * MIN,
        },
      ],
      changes: [
        { at: Date.parse('2025-11-03T22:45:00Z'), kind: 'status', from: 'Disconnected', to: 'Connected' },
      ],
    });
    expect(agent.localStatus).toBe('Connected');
  });

  it('a heartbeat that lands on the very instant of the timeout keeps the machine Connected', () => {
    const { clock, agent } = agentAt();
    agent.setNetworkUp(false); // the tries at 22:05 and 22:10 fail
    clock.advance(14 * MIN);
    agent.setNetworkUp(true); // the try at 22:15 gets through; the deadline is 22:15 too
    clock.advance(1 * MIN);
    const beat = Date.parse('2025-11-03T22:15:00Z');
    expect(agent.tick()).toEqual({ heartbeats: [{ first: beat, last: beat, every: 5 * MIN }], changes: [] });
    expect(agent.azureStatus).toBe('Connected');
  });

  it('ASSUME knob: disconnectAfterMs moves the moment Azure gives up', () => {
    const { clock, agent } = agentAt({ disconnectAfterMs: 30 * MIN });
    agent.setNetworkUp(false);
    clock.advance(60 * MIN);
    expect(agent.tick().changes).toEqual([
      { at: Date.parse('2025-11-03T22:30:00Z'), kind: 'status', from: 'Connected', to: 'Disconnected' },
    ]);
  });

  it('an agent that starts with the network down is Disconnected once its last heartbeat is old enough', () => {
    const { clock, agent } = agentAt({ networkUp: false, lastHeartbeat: Date.parse('2025-11-03T21:50:00Z') });
    expect(agent.azureStatus).toBe('Connected');
    clock.advance(10 * MIN);
    expect(agent.tick().changes).toEqual([
      { at: Date.parse('2025-11-03T22:05:00Z'), kind: 'status', from: 'Connected', to: 'Disconnected' },
    ]);
    expect(agentAt({ networkUp: false }).agent.azureStatus).toBe('Disconnected');
  });

  it('an agent with no resource never heartbeats, and Azure has no status for it', () => {
    const { clock, agent } = agentAt({ connected: false });
    clock.advance(30 * MIN);
    expect(agent.tick()).toEqual({ heartbeats: [], changes: [] });
    expect(agent.azureStatus).toBeUndefined();
    expect(agent.localStatus).toBe('Disconnected');
  });

  it('a machine without the agent is not installed and has nothing to tick', () => {
    const { clock, agent } = agentAt({}, { arcAgent: false });
    expect(agent.isInstalled).toBe(false);
    clock.advance(30 * MIN);
    expect(agent.tick()).toEqual({ heartbeats: [], changes: [] });
  });

  it('virtual time never runs backwards', () => {
    const { agent } = agentAt();
    expect(() => agent.tick(Date.parse('2025-11-03T21:00:00Z'))).toThrow(/cannot go back/);
  });
});
