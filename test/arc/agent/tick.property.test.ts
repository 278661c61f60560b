import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { HEARTBEAT_INTERVAL_MS, heartbeatTimes } from '../../../simulators/arc/agent/index.js';
import { agentAt, MIN } from './fixtures.js';

/** A timeline: steps of virtual time, each maybe flipping the network. */
const timeline = fc.array(fc.record({ after: fc.integer({ min: 0, max: 90 * MIN }), flip: fc.boolean() }), {
  maxLength: 20,
});

describe('ticks are a view, not a cause', () => {
  test.prop([timeline, fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 40 })])(
    'ticking more often changes nothing: same heartbeats, same changes',
    (steps, extra) => {
      const run = (extraTicks: readonly number[]) => {
        const { clock, agent } = agentAt();
        const seen = { heartbeats: [] as number[], changes: [] as unknown[] };
        const take = () => {
          const out = agent.tick();
          seen.heartbeats.push(...heartbeatTimes(out.heartbeats));
          seen.changes.push(...out.changes);
        };

        steps.forEach((step, i) => {
          const slices = extraTicks.filter((_, k) => k % (steps.length || 1) === i).length + 1;
          for (let s = 0; s < slices; s++) {
            clock.advance(Math.floor(step.after / slices));
            if (s < slices - 1) take();
          }
          clock.advance(step.after - Math.floor(step.after / slices) * slices);
          if (step.flip) agent.setNetworkUp(!agent.networkUp);
        });
        take();
        return seen;
      };
      expect(run(extra)).toEqual(run([]));
    },
  );

  test.prop([timeline])(
    'heartbeats fall on whole intervals after the boot, and Azure alternates',
    (steps) => {
      const { clock, agent } = agentAt();

      const changes = [];
      const beats = [];
      for (const step of steps) {
        clock.advance(step.after);
        if (step.flip) agent.setNetworkUp(!agent.networkUp);
        const out = agent.tick();
        beats.push(...heartbeatTimes(out.heartbeats));
        changes.push(...out.changes);
      }
      const boot = Date.parse('2025-11-03T22:00:00Z');
      for (const t of beats) expect((t - boot) % HEARTBEAT_INTERVAL_MS).toBe(0);
      expect(beats).toEqual([...beats].sort((a, b) => a - b));
      changes.forEach((c, i) => {
        expect(c).toMatchObject({ kind: 'status', to: i % 2 === 0 ? 'Disconnected' : 'Connected' });
      });
    },
  );
});
