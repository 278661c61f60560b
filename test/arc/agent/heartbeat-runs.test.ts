import { describe, expect, it } from 'vitest';
import { addHeartbeats } from '../../../simulators/arc/agent/heartbeat-runs.js';
import { type HeartbeatRun, heartbeatCount, heartbeatTimes } from '../../../simulators/arc/agent/index.js';
import { InvariantError } from '../../../simulators/shared/invariant.js';

describe('heartbeat runs', () => {
  it('a heartbeat that continues the last run extends it; any other starts a new run', () => {
    const runs: HeartbeatRun[] = [];
    addHeartbeats(runs, 100, 100, 10);
    addHeartbeats(runs, 110, 110, 10);
    addHeartbeats(runs, 120, 150, 10);
    expect(runs).toEqual([{ first: 100, last: 150, every: 10 }]);
    addHeartbeats(runs, 150, 150, 10); // a second beat at the same instant (a boot on the grid)
    addHeartbeats(runs, 155, 175, 10); // off the grid
    addHeartbeats(runs, 185, 185, 5); // another spacing
    expect(runs).toEqual([
      { first: 100, last: 150, every: 10 },
      { first: 150, last: 150, every: 10 },
      { first: 155, last: 175, every: 10 },
      { first: 185, last: 185, every: 5 },
    ]);
    expect(heartbeatCount(runs)).toBe(6 + 1 + 3 + 1);
    expect(heartbeatTimes(runs)).toEqual([100, 110, 120, 130, 140, 150, 150, 155, 165, 175, 185]);
    expect(heartbeatTimes(runs, 7)).toEqual([100, 110, 120, 130, 140, 150, 150]);
    expect(heartbeatTimes([])).toEqual([]);
  });

  it('refuses a run that is not evenly spaced or goes back in time', () => {
    const runs: HeartbeatRun[] = [{ first: 100, last: 150, every: 10 }];
    expect(() => addHeartbeats(runs, 160, 175, 10)).toThrow(InvariantError);
    expect(() => addHeartbeats(runs, 140, 140, 10)).toThrow(InvariantError);
    expect(() => addHeartbeats(runs, 160, 160, 0)).toThrow(InvariantError);
    expect(runs).toEqual([{ first: 100, last: 150, every: 10 }]);
  });
});
