import { describe, expect, it } from 'vitest';
import {
  HEARTBEAT_INTERVAL_MS,
  HIMDS_LOG,
  heartbeatCount,
  heartbeatTimes,
} from '../../../simulators/arc/agent/index.js';
import { agentAt, MIN, START } from './fixtures.js';

describe('24 months of one agent in one tick (a size check, not a timing)', () => {
  it('a restart and a one-hour outage a month: two runs a month, every try that reached Azure counted', () => {
    const { clock, machine, agent } = agentAt();
    const boots = [Date.parse(START)];
    const outages: [number, number][] = [];
    for (let m = 1; m <= 24; m++) {
      // Months of every length; instants off the 5-minute grid of any boot.
      const month = Date.UTC(2025, 10 + m, 1);
      const down = month - 10 * 24 * 3600e3 + 7 * MIN + 13_000;
      const up = down + 62 * MIN;
      const boot = month + 3 * 3600e3 + 17 * MIN + 41_000;
      clock.set(down);
      agent.setNetworkUp(false);
      clock.set(up);
      agent.setNetworkUp(true);
      clock.set(boot);
      machine.restart('monthly patch');
      agent.sync(); // catches the boot without draining
      outages.push([down, up]);
      boots.push(boot);
    }
    const end = (boots.at(-1) as number) + 5 * 24 * 3600e3;
    clock.set(end);
    const tick = agent.tick();

    // Every try counted one by one: from each boot (the first one's beat predates the tick) up to
    // the next boot or the end, less those while the network was down.
    let reached = 0;
    boots.forEach((boot, k) => {
      const until = boots[k + 1] ?? end;
      for (let t = k === 0 ? boot + HEARTBEAT_INTERVAL_MS : boot; t <= until; t += HEARTBEAT_INTERVAL_MS)
        if (!outages.some(([down, up]) => t > down && t <= up)) reached++;
    });
    expect(reached).toBeGreaterThan(24 * 8000);
    expect(heartbeatCount(tick.heartbeats)).toBe(reached);
    // One run per boot, split once by each outage.
    expect(tick.heartbeats).toHaveLength(boots.length + outages.length);
    expect(tick.heartbeats.every((run) => run.every === HEARTBEAT_INTERVAL_MS)).toBe(true);
    expect(heartbeatTimes(tick.heartbeats, 3)).toEqual([1, 2, 3].map((i) => Date.parse(START) + i * 5 * MIN));

    // Each outage outlasts the timeout: Disconnected, then Connected at the first try after it.
    expect(tick.changes).toHaveLength(48);
    expect(tick.changes.map((c) => 'to' in c && c.to)).toEqual(
      Array.from({ length: 48 }, (_, i) => (i % 2 === 0 ? 'Disconnected' : 'Connected')),
    );
    expect(agent.lastHeartbeat).toBe(tick.heartbeats.at(-1)?.last);
    // Four lines a month: the failure, the recovery, the shutdown and the start.
    expect(machine.disk.readText(HIMDS_LOG).split('\n')).toHaveLength(24 * 4 + 1);
  });
});

describe('boots at one virtual instant', () => {
  it('two restarts at the same instant are two boots: two shutdowns and two starts in himds.log', () => {
    const { clock, machine, agent } = agentAt();
    clock.set(Date.parse(START) + 42 * MIN);
    machine.restart('first');
    agent.sync();
    machine.restart('second, at the same instant');
    agent.sync();
    const log = machine.disk.readText(HIMDS_LOG);
    expect(log.match(/himds service stopping: system shutdown/g)).toHaveLength(2);
    expect(log.match(/himds service started/g)?.length).toBeGreaterThanOrEqual(2);
  });
});
