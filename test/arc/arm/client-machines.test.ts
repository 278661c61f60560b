import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createArmMswHandlers } from '../../../simulators/arc/arm/index.js';
import { MINUTE, machine, RG, SUB, sdkClient, T0, world } from './fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A plane served by msw on management.azure.com. */
function served(...args: Parameters<typeof world>) {
  const w = world(...args);
  server.use(...createArmMswHandlers(w.plane));
  return w;
}

describe('machines through the real @azure/arm-hybridcompute 3.0.0 client', () => {
  it('DOC: get returns the machine with the agent facts (client sends api-version 2021-05-20)', async () => {
    served([machine('web-01')]);
    const m = await sdkClient().machines.get(RG, 'web-01', { expand: 'instanceView' });
    expect(m.id).toBe(
      `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.HybridCompute/machines/web-01`,
    );
    expect(m.name).toBe('web-01');
    expect(m.location).toBe('westeurope');
    expect(m.properties?.status).toBe('Connected');
    expect(m.properties?.osName).toBe('windows');
    expect(m.properties?.osVersion).toBe('10.0.26100.6899');
    expect(m.properties?.osSku).toBe('Windows Server 2025 Datacenter');
    expect(m.properties?.agentVersion).toBe('1.58.03228.2573');
    expect(m.properties?.vmId).toBe(machine('web-01').vmId);
    expect(m.properties?.lastStatusChange?.toISOString()).toBe(new Date(T0).toISOString());
    // DOC: 2021-05-20's osProfile holds only computerName.
    expect(m.properties?.osProfile).toEqual({ computerName: 'web-01' });
  });

  it('DOC: the 3.0.0 client sends api-version 2021-05-20 and a bearer token', async () => {
    served();
    const seen: Request[] = [];
    server.events.on('request:start', ({ request }) => {
      seen.push(request.clone());
    });
    await sdkClient().machines.get(RG, 'web-01');
    server.events.removeAllListeners();
    expect(new URL(seen[0]?.url ?? '').searchParams.get('api-version')).toBe('2021-05-20');
    expect(seen[0]?.headers.get('authorization')).toMatch(/^Bearer /);
  });

  it('DOC: machine names ignore case; the resource keeps its own spelling', async () => {
    served([machine('Web-01')]);
    const m = await sdkClient().machines.get(RG, 'WEB-01');
    expect(m.name).toBe('Web-01');
  });

  it('DOMAIN 4: a machine whose agent stopped heartbeating shows Disconnected from then on', async () => {
    const { clock, update } = served([machine('web-01')]);
    clock.advance(30 * MINUTE);
    update('web-01', { connected: false });
    const m = await sdkClient().machines.get(RG, 'web-01');
    expect(m.properties?.status).toBe('Disconnected');
    expect(m.properties?.lastStatusChange?.getTime()).toBe(T0 + 30 * MINUTE);
  });

  it('DOC: unknown machine → the client throws ResourceNotFound 404 with the real text', async () => {
    served([machine('web-01')]);
    const error = await sdkClient()
      .machines.get(RG, 'nope')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      statusCode: 404,
      code: 'ResourceNotFound',
      message: `The Resource 'Microsoft.HybridCompute/machines/nope' under resource group '${RG}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
    });
  });

  it('DOC: listByResourceGroup follows nextLink across pages', async () => {
    const names = ['a', 'b', 'c', 'd', 'e'].map((n) => `web-${n}`);
    served(
      names.map((n) => machine(n)),
      { pageSize: 2 },
    );
    const listed: string[] = [];
    for await (const m of sdkClient().machines.listByResourceGroup(RG)) listed.push(m.name ?? '');
    expect(listed).toEqual(names);
  });

  it('DOC: listBySubscription spans resource groups; listByResourceGroup keeps to one', async () => {
    served([machine('web-01'), machine('sql-01', { resourceGroup: 'data' })], { pageSize: 1 });
    const all: string[] = [];
    for await (const m of sdkClient().machines.listBySubscription()) all.push(m.id ?? '');
    expect(all).toEqual([
      `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.HybridCompute/machines/web-01`,
      `/subscriptions/${SUB}/resourceGroups/data/providers/Microsoft.HybridCompute/machines/sql-01`,
    ]);
    const data: string[] = [];
    for await (const m of sdkClient().machines.listByResourceGroup('DATA')) data.push(m.name ?? '');
    expect(data).toEqual(['sql-01']);
  });

  it('DOC: an unknown resource group → ResourceGroupNotFound 404', async () => {
    served();
    const error = await sdkClient()
      .machines.get('nowhere', 'web-01')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      statusCode: 404,
      code: 'ResourceGroupNotFound',
      message: "Resource group 'nowhere' could not be found.",
    });
  });
});
