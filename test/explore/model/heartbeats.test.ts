import { describe, expect, it } from 'vitest';
import {
  azureAt,
  heartbeatsTo,
  himdsStarts,
  nextAzureConnect,
} from '../../../src/explore/model/heartbeats.js';
import { initialModel } from '../../../src/explore/model/machine-setup.js';

const MIN = 60_000;
const start = Date.parse('2025-10-15T00:00:00Z');
const connected = () =>
  initialModel(
    { edition: 'standard', arc: 'connected', canRunVbs: true, vbs: 'running', hotpatch: 'disabled' },
    start,
  );

describe("the model's view of Azure's agent status (DOMAIN.md 4)", () => {
  it('starts Connected with a heartbeat on the five-minute grid from the boot', () => {
    const s = connected();
    expect([s.azure, s.lastHeartbeat]).toEqual(['Connected', start]);
  });

  it('shows Disconnected 15 minutes after the last heartbeat that got through, not before', () => {
    const s = connected();
    heartbeatsTo(s, start + 2 * MIN);
    s.networkUp = false;
    expect(azureAt(s, start + 14 * MIN)).toBe('Connected');
    expect(azureAt(s, start + 15 * MIN)).toBe('Disconnected');
    expect(s.azure).toBe('Connected'); // azureAt leaves the model as it is
  });

  it('shows Connected again at the first heartbeat back, on the grid from himds start', () => {
    const s = connected();
    s.networkUp = false;
    heartbeatsTo(s, start + 30 * MIN);
    s.networkUp = true;
    expect(nextAzureConnect(s, start + 30 * MIN)).toBe(start + 35 * MIN);
    expect(azureAt(s, start + 34 * MIN)).toBe('Disconnected');
    expect(azureAt(s, start + 35 * MIN)).toBe('Connected');
  });

  it('a boot sends a heartbeat at once; a second boot at that instant, unseen by the agent, does not', () => {
    const s = connected();
    s.networkUp = false;
    heartbeatsTo(s, start + 33 * MIN);
    s.now = start + 33 * MIN;
    himdsStarts(s); // network down: no heartbeat gets through
    s.networkUp = true;
    himdsStarts(s); // same instant, himds seen running: the known divergence
    expect(s.azure).toBe('Disconnected');
    expect(nextAzureConnect(s, s.now)).toBe(start + 38 * MIN);
    s.agentSawHimds = false; // the agent saw himds stopped: this boot starts it, with a heartbeat
    himdsStarts(s);
    expect([s.azure, s.lastHeartbeat]).toEqual(['Connected', start + 33 * MIN]);
  });
});
