import { describe, expect, it } from 'vitest';
import { parseUtc } from '../../simulators/shared/clock.js';
import { requestHotpatch } from '../../src/engine/licensing.js';
import { RunSession } from '../../src/engine/run-session.js';
import {
  detailsOf,
  driveTo,
  eventsOf,
  healthy,
  iso,
  member,
  plusMinutes,
  run,
  scenario,
  worldOf,
} from './scenario-helpers.js';

// The engine's Azure is the emulated ARM control plane (simulators/arc/arm): built from the
// scenario's `azure` block, holding the license profiles, driven through its API (DOMAIN.md 3).

const SUB = '11111111-2222-3333-4444-555555555555';
const auth = { authorization: 'Bearer t' };
const fleet = [
  { name: 'on', ...healthy, hotpatch: 'enabled', installed: 'KB5050009', cores: 8 },
  { name: 'off', ...healthy, installed: 'KB5050009' },
  { name: 'away', ...healthy, arc: 'disconnected', installed: 'KB5050009' },
  { name: 'none', ...healthy, arc: 'none', installed: 'KB5050009' },
] as const;
const base = {
  period: { from: '2025-02', to: '2025-02' },
  azure: { subscription: SUB, resourceGroup: 'lab', location: 'swedencentral' },
  fleet: [...fleet],
};
const machinesUrl = `https://management.azure.com/subscriptions/${SUB}/resourceGroups/lab/providers/Microsoft.HybridCompute/machines`;

describe('the control plane built from the scenario', () => {
  const world = worldOf(base);
  const get = (url: string) => {
    const response = world.plane.handle({
      method: 'GET',
      url: `${url}?api-version=2025-01-13`,
      headers: auth,
    });
    return { status: response.status, json: JSON.parse(response.body ?? '{}') };
  };

  it('DESIGN: subscription, resource group and location come from the azure block; arc: none is not in Azure', () => {
    const list = get(machinesUrl);
    expect(list.status).toBe(200);
    expect(
      list.json.value.map((m: { name: string; location: string; properties: { status: string } }) => [
        m.name,
        m.location,
        m.properties.status,
      ]),
    ).toEqual([
      ['on', 'swedencentral', 'Connected'],
      ['off', 'swedencentral', 'Connected'],
      ['away', 'swedencentral', 'Disconnected'],
    ]);
  });

  it('DOC: the machine resource reports the machine: vmId, OS version and SKU, cores', () => {
    const on = get(`${machinesUrl}/on`).json.properties;
    const fm = member(world, 'on');
    expect(on).toMatchObject({
      vmId: fm.machine.id,
      osVersion: `10.0.${fm.machine.os.build}`,
      osSku: 'Windows Server 2025 Standard',
      detectedProperties: { coreCount: '8' },
    });
  });

  it('DESIGN: hotpatch enabled at the start is an Enabled license profile dated from the start; disabled has none', () => {
    const profile = get(`${machinesUrl}/on/licenseProfiles/default`);
    expect(profile.json.properties.productProfile.productFeatures).toEqual([
      {
        name: 'Hotpatch',
        subscriptionStatus: 'Enabled',
        enrollmentDate: '2025-02-01T00:00:00.000Z',
        billingStartDate: '2025-02-01T00:00:00.000Z',
      },
    ]);
    expect(get(`${machinesUrl}/off/licenseProfiles/default`).status).toBe(404);
    expect(member(world, 'on').profile.state.status).toBe('Enabled');
    expect(member(world, 'off').profile.state.status).toBe('Disabled');
  });
});

describe('what the engine asks goes through the API, and the report shows what the API did', () => {
  it('DOMAIN 3: a scenario enable is a PUT: the plane holds the change; the event names the answer', () => {
    const session = new RunSession(
      scenario({ ...base, events: [{ at: '2025-02-03T10:00', machines: ['off'], hotpatch: 'enable' }] }),
    );
    session.advanceTo(parseUtc('2025-02-03T10:05'));
    expect(session.world.plane.profile('off')?.hotpatch.state).toMatchObject({ status: 'Enabling' });
    expect(session.world.plane.nextDueAt()).toBe(parseUtc('2025-02-03T10:10'));
    expect(eventsOf(session.report(), 'off', 'hotpatch-state').map((e) => [e.at, e.detail])).toEqual([
      [iso('2025-02-03T10:00'), 'Enabling (PUT licenseProfiles/default: 201 Created)'],
    ]);
  });

  it('DOMAIN 3: a request ARM refuses is logged with its status, code and message, and changes nothing', () => {
    const world = worldOf({
      period: { from: '2025-02', to: '2025-02' },
      fleet: [{ name: 'az', edition: 'datacenter-azure-edition', platform: 'azure', installed: 'KB5050009' }],
    });
    driveTo(world, '2025-02-03');
    requestHotpatch(world, member(world, 'az'), 'enable');
    expect(world.ledger.events.filter((e) => e.type === 'hotpatch-state').map((e) => e.detail)).toEqual([
      "Disabled (unchanged; PUT licenseProfiles/default: 400 Bad Request, HotpatchNotSupportedOnAzureEdition: Hotpatch cannot be enrolled through Azure Arc on machine 'az': Windows Server Datacenter: Azure Edition has hotpatch enabled by default.)",
    ]);
    expect(world.plane.profile('az')).toBeUndefined();
  });

  it('DOMAIN 4: an outage shorter than the 15-minute timeout never shows in Azure', () => {
    const report = run({
      ...base,
      events: [
        { at: '2025-02-02T08:00', machines: ['off'], fault: 'arc-disconnect' },
        { at: '2025-02-02T08:12', machines: ['off'], fault: 'arc-reconnect' },
      ],
    });
    expect(eventsOf(report, 'off', 'arc-status')).toEqual([]);
  });

  it('DOMAIN 4: Azure shows Disconnected 15 minutes after the last heartbeat, Connected at the first heartbeat back', () => {
    const report = run({
      ...base,
      events: [
        { at: '2025-02-02T08:00', machines: ['off'], fault: 'arc-disconnect' },
        { at: '2025-02-02T09:30', machines: ['off'], fault: 'arc-reconnect' },
        { at: '2025-02-05T10:00', machines: ['away'], fault: 'arc-reconnect' },
      ],
    });
    expect(eventsOf(report, 'off', 'arc-status').map((e) => [e.at, e.detail])).toEqual([
      [iso('2025-02-02T08:15'), 'Disconnected (was Connected)'],
      [iso('2025-02-02T09:35'), 'Connected (was Disconnected)'],
    ]);
    expect(detailsOf(report, 'away', 'arc-status')).toEqual(['Connected (was Disconnected)']);
    expect(eventsOf(report, 'on', 'arc-status')).toEqual([]);
  });

  it('DOMAIN 3: a change asked by another client (serve) is logged at its time and completes ten minutes later', () => {
    const session = new RunSession(scenario(base));
    session.advanceTo(parseUtc('2025-02-03T10:00'));
    const put = session.handleArm({
      method: 'PUT',
      url: `${machinesUrl}/off/licenseProfiles/default?api-version=2025-01-13`,
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        location: 'swedencentral',
        properties: {
          productProfile: { productFeatures: [{ name: 'Hotpatch', subscriptionStatus: 'Enabled' }] },
        },
      }),
    });
    expect(put.status).toBe(201);
    session.advanceTo(parseUtc('2025-02-04'));
    const report = session.report();
    expect(eventsOf(report, 'off', 'hotpatch-state').map((e) => [e.at, e.detail])).toEqual([
      [iso('2025-02-03T10:00'), 'Enabling'],
      [plusMinutes(iso('2025-02-03T10:00'), 10), 'Enabled'],
    ]);
  });
});
