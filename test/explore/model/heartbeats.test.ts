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

  it('a boot sends a heartbeat at once, a second boot at that very instant too', () => {
    const s = connected();
    s.networkUp = false;
    heartbeatsTo(s, start + 33 * MIN);
    s.now = start + 33 * MIN;
    himdsStarts(s); // network down: no heartbeat gets through
    expect(s.azure).toBe('Disconnected');
    s.networkUp = true;
    expect(nextAzureConnect(s, s.now)).toBe(start + 38 * MIN); // without a boot: the next try
    himdsStarts(s); // the same instant: a boot all the same, and its heartbeat gets through
    expect([s.azure, s.lastHeartbeat]).toEqual(['Connected', start + 33 * MIN]);
  });
});
