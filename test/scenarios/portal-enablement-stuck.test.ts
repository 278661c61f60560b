import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUtc } from '../../simulators/shared/clock.js';
import { runScenario } from '../../src/engine/run.js';
import { RunSession } from '../../src/engine/run-session.js';
import { loadScenarioFile } from '../../src/scenario/load.js';

// The "Done means": a portal enablement on KB5066835 that stays in progress under the
// October 2025 licensing issue until workaround option 2 and its restart (DOMAIN.md 3 and 6B).
const file = join(import.meta.dirname, '../../scenarios/portal-enablement-stuck.yaml');
const scenario = loadScenarioFile(file);
const ENABLING = 'Enabling (PUT licenseProfiles/default: 201 Created)';
const SUB = '00000000-0000-0000-0000-000000000000';
const PROFILE = `https://management.azure.com/subscriptions/${SUB}/resourceGroups/hotpatch-fleet/providers/Microsoft.HybridCompute/machines/web/licenseProfiles/default?api-version=2025-01-13`;
const auth = { authorization: 'Bearer test' };

describe('scenarios/portal-enablement-stuck.yaml', () => {
  const report = runScenario(scenario, { file: 'scenarios/portal-enablement-stuck.yaml' });
  const states = (machine: string) =>
    report.events
      .filter((e) => e.machine === machine && e.type === 'hotpatch-state')
      .map((e) => [e.at, e.detail]);

  it('DOMAIN 6B: with the workaround, Enabling from the portal request until the workaround’s restart, then Enabled', () => {
    expect(states('web')).toEqual([
      ['2025-10-27T09:00:00.000Z', ENABLING],
      ['2025-11-04T21:30:00.000Z', 'Enabled'],
    ]);
    const restart = report.events.find((e) => e.machine === 'web' && e.type === 'restart');
    expect(restart).toMatchObject({ at: '2025-11-04T21:30:00.000Z', detail: 'requested' });
  });

  it('DOMAIN 6B: without it, Enabling until the January 2026 baseline fixes the issue at its restart', () => {
    expect(states('web-untreated')).toEqual([
      ['2025-10-27T09:00:00.000Z', ENABLING],
      ['2026-01-13T18:00:00.000Z', 'Enabled'],
    ]);
  });

  it('every expectation holds (November hotpatch after the workaround; not-enrolled LCUs without it)', () => {
    expect(report.expectations.filter((e) => !e.pass)).toEqual([]);
    expect(report.verdict).toBe('pass');
  });

  it('DOMAIN 3 / 6B: the API shows it in progress (profile Enabling and Creating, operation InProgress) until the restart', () => {
    const session = new RunSession(scenario);
    const get = (url: string) => {
      const response = session.handleArm({ method: 'GET', url, headers: auth });
      expect(response.status).toBe(200);
      return JSON.parse(response.body ?? '');
    };
    session.advanceTo(parseUtc('2025-11-04T21:29'));
    const [operation] = [...session.world.plane.state.operations.values()].filter(
      (op) => op.resource.machine === 'web',
    );
    const statusUrl = `https://management.azure.com/subscriptions/${SUB}/providers/Microsoft.HybridCompute/locations/westeurope/operationStatus/${operation?.id}?api-version=2025-01-13`;
    const pending = get(PROFILE);
    expect(pending.properties.provisioningState).toBe('Creating');
    expect(pending.properties.productProfile.productFeatures[0].subscriptionStatus).toBe('Enabling');
    expect(get(statusUrl)).toMatchObject({ status: 'InProgress', startTime: '2025-10-27T09:00:00.000Z' });

    session.advanceTo(parseUtc('2025-11-04T21:30'));
    const enabled = get(PROFILE);
    expect(enabled.properties.provisioningState).toBe('Succeeded');
    expect(enabled.properties.productProfile.productFeatures[0]).toMatchObject({
      subscriptionStatus: 'Enabled',
      enrollmentDate: '2025-11-04T21:30:00.000Z',
    });
    expect(get(statusUrl)).toMatchObject({ status: 'Succeeded', endTime: '2025-11-04T21:30:00.000Z' });
  });
});
