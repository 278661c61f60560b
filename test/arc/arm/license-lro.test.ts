import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createArmMswHandlers } from '../../../simulators/arc/arm/index.js';
import { VBS_NOT_RUNNING_ERROR } from '../../../simulators/arc/index.js';
import {
  ARM,
  enableBody,
  MINUTE,
  machine,
  profileUrl,
  RG,
  STABLE,
  SUB,
  sdkClient,
  send,
  T0,
  world,
} from './fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const TEN = 10 * MINUTE;
const iso = (ms: number) => new Date(ms).toISOString();
const machineUrl = `${ARM}/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.HybridCompute/machines/web-01?api-version=${STABLE}&$expand=instanceView`;

function served(...args: Parameters<typeof world>) {
  const w = world(...args);
  server.use(...createArmMswHandlers(w.plane));
  return { ...w, client: sdkClient() };
}

/** PUT Hotpatch Enabled on web-01; returns the two async URLs. */
async function enroll(client: ReturnType<typeof sdkClient>) {
  const put = await send(client, 'PUT', profileUrl('web-01'), enableBody());
  return {
    put,
    status: put.headers.get('azure-asyncoperation') ?? '',
    result: put.headers.get('location') ?? '',
  };
}

const patchSettings = async (client: ReturnType<typeof sdkClient>) =>
  (await send(client, 'GET', machineUrl)).json.properties.osProfile.windowsConfiguration.patchSettings;

describe('license profile enrollment as a long-running operation', () => {
  it('DOMAIN 3: PUT → 201 with Azure-AsyncOperation, Location, Retry-After; InProgress; ten minutes later Succeeded and Enabled with billing dates', async () => {
    const { client, clock } = served();
    const { put, status, result } = await enroll(client);
    expect(put.status).toBe(201);
    const opPath = `/subscriptions/${SUB}/providers/Microsoft.HybridCompute/locations/westeurope/operationStatus/`;
    expect(status).toMatch(new RegExp(`^${ARM}${opPath}[0-9a-f-]{36}\\?api-version=${STABLE}$`));
    expect(result).toBe(status.replace('/operationStatus/', '/operationResults/'));
    expect(put.headers.get('retry-after')).toBe('15');
    expect(put.json.properties.provisioningState).toBe('Creating');
    expect(put.json.properties.productProfile.productFeatures).toEqual([
      { name: 'Hotpatch', subscriptionStatus: 'Enabling' },
    ]);

    const polled = await send(client, 'GET', status);
    expect(polled.json).toMatchObject({ status: 'InProgress', startTime: iso(T0) });
    expect((await patchSettings(client)).status.hotpatchEnablementStatus).toBe('PendingEvaluation');
    expect((await send(client, 'GET', result)).status).toBe(202);

    clock.advance(TEN - 1);
    expect((await send(client, 'GET', status)).json.status).toBe('InProgress');
    clock.advance(1);
    expect((await send(client, 'GET', status)).json).toMatchObject({
      status: 'Succeeded',
      endTime: iso(T0 + TEN),
    });

    const profile = await send(client, 'GET', profileUrl('web-01'));
    expect(profile.json.properties.provisioningState).toBe('Succeeded');
    expect(profile.json.properties.productProfile.productFeatures[0]).toEqual({
      name: 'Hotpatch',
      subscriptionStatus: 'Enabled',
      enrollmentDate: iso(T0 + TEN),
      billingStartDate: iso(T0 + TEN),
    });
    expect(await patchSettings(client)).toMatchObject({
      enableHotpatching: true,
      status: { hotpatchEnablementStatus: 'Enabled' },
    });
    const final = await send(client, 'GET', result);
    expect(final.status).toBe(200);
    expect(final.json.id).toBe(
      `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.HybridCompute/Machines/web-01/licenseProfiles/default`,
    );
  });

  it('DOMAIN 6B: stays InProgress (Enabling) while the licensing issue blocks, then Succeeds once it is lifted', async () => {
    const { client, clock, update } = served([machine('web-01', { licensingBlocked: true })]);
    const { status } = await enroll(client);
    clock.advance(24 * 60 * MINUTE);
    expect((await send(client, 'GET', status)).json.status).toBe('InProgress');
    expect((await patchSettings(client)).status.hotpatchEnablementStatus).toBe('PendingEvaluation');
    update('web-01', { licensingBlocked: false });
    clock.advance(MINUTE);
    expect((await send(client, 'GET', status)).json.status).toBe('Succeeded');
  });

  it('DOMAIN 3: stays InProgress while the machine is disconnected', async () => {
    const { client, clock, update } = served();
    const { status } = await enroll(client);
    update('web-01', { connected: false });
    clock.advance(2 * TEN);
    expect((await send(client, 'GET', status)).json.status).toBe('InProgress');
    update('web-01', { connected: true });
    expect((await send(client, 'GET', status)).json.status).toBe('Succeeded');
  });

  it('DOMAIN 1: without VBS the operation Fails, the feature is Failed with the error, the machine ActionRequired', async () => {
    const { client, clock } = served([machine('web-01', { vbsRunning: false })]);
    const { status, result } = await enroll(client);
    clock.advance(TEN);
    expect((await send(client, 'GET', status)).json).toMatchObject({
      status: 'Failed',
      error: VBS_NOT_RUNNING_ERROR,
    });
    const feature = (await send(client, 'GET', profileUrl('web-01'))).json.properties.productProfile
      .productFeatures[0];
    expect(feature).toEqual({ name: 'Hotpatch', subscriptionStatus: 'Failed', error: VBS_NOT_RUNNING_ERROR });
    expect((await patchSettings(client)).status).toEqual({
      hotpatchEnablementStatus: 'ActionRequired',
      error: VBS_NOT_RUNNING_ERROR,
    });
    const failed = await send(client, 'GET', result);
    expect(failed.status).toBe(400);
    expect(failed.json).toEqual({ error: VBS_NOT_RUNNING_ERROR });
  });

  it('DOMAIN 3: PATCH Disable → 202 without body; Disabling, then Disabled with disenrollment and billing end dates', async () => {
    const { client, clock } = served();
    await enroll(client);
    clock.advance(TEN);
    const patch = await send(client, 'PATCH', profileUrl('web-01'), {
      properties: {
        productProfile: { productFeatures: [{ name: 'Hotpatch', subscriptionStatus: 'Disable' }] },
      },
    });
    expect(patch.status).toBe(202);
    expect(patch.json).toBeUndefined();
    expect(patch.headers.get('azure-asyncoperation')).toContain('/operationStatus/');
    expect((await patchSettings(client)).status.hotpatchEnablementStatus).toBe('PendingEvaluation');
    clock.advance(TEN);
    const feature = (await send(client, 'GET', profileUrl('web-01'))).json.properties.productProfile
      .productFeatures[0];
    expect(feature).toEqual({
      name: 'Hotpatch',
      subscriptionStatus: 'Disabled',
      enrollmentDate: iso(T0 + TEN),
      billingStartDate: iso(T0 + TEN),
      disenrollmentDate: iso(T0 + 2 * TEN),
      billingEndDate: iso(T0 + 2 * TEN),
    });
    expect(await patchSettings(client)).toMatchObject({
      enableHotpatching: false,
      status: { hotpatchEnablementStatus: 'Disabled' },
    });
  });

  it('DOC: a PUT that changes nothing answers 200 without async headers', async () => {
    const { client, clock } = served();
    await enroll(client);
    clock.advance(TEN);
    const again = await send(client, 'PUT', profileUrl('web-01'), enableBody());
    expect(again.status).toBe(200);
    expect(again.headers.get('azure-asyncoperation')).toBeUndefined();
    expect(again.json.properties.productProfile.productFeatures[0].subscriptionStatus).toBe('Enabled');
  });

  it('DOC: DELETE → 202; the profile goes once hotpatch is disabled; a second DELETE → 204; GET → 404', async () => {
    const { client, clock } = served();
    await enroll(client);
    clock.advance(TEN);
    const del = await send(client, 'DELETE', profileUrl('web-01'));
    expect(del.status).toBe(202);
    const status = del.headers.get('azure-asyncoperation') ?? '';
    expect((await send(client, 'GET', profileUrl('web-01'))).json.properties.provisioningState).toBe(
      'Deleting',
    );
    clock.advance(TEN);
    expect((await send(client, 'GET', status)).json.status).toBe('Succeeded');
    expect((await send(client, 'GET', del.headers.get('location') ?? '')).status).toBe(204);
    const gone = await send(client, 'GET', profileUrl('web-01'));
    expect(gone.status).toBe(404);
    expect(gone.json.error.code).toBe('ResourceNotFound');
    expect((await send(client, 'DELETE', profileUrl('web-01'))).status).toBe(204);
    const list = await send(client, 'GET', profileUrl('web-01').replace('/default?', '?'));
    expect(list.json).toEqual({ value: [] });
  });

  it('DOC: list licenseProfiles returns the default profile; a machine enrolled at the start shows Enabled', async () => {
    const { client } = served([machine('web-01')], {
      profiles: { 'web-01': { status: 'Enabled', enrollmentDate: T0, billingStartDate: T0 } },
    });
    const list = await send(client, 'GET', profileUrl('web-01').replace('/default?', '?'));
    expect(list.json.value).toHaveLength(1);
    expect(list.json.value[0]).toMatchObject({
      name: 'default',
      type: 'Microsoft.HybridCompute/machines/licenseProfiles',
      location: 'westeurope',
    });
    expect(list.json.value[0].properties.productProfile).toMatchObject({
      productType: 'WindowsServer',
      productFeatures: [{ subscriptionStatus: 'Enabled' }],
    });
  });
});
