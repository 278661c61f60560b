import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HybridComputeManagementClient } from '@azure/arm-hybridcompute';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type ServeHandle, serveCommand } from '../../src/cli/serve-command.js';

const tmp = mkdtempSync(join(tmpdir(), 'hh-serve-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let running: ServeHandle | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

const SUB = '11111111-2222-3333-4444-555555555555';
const RG = 'lab';
const STABLE = '2025-01-13';
const auth = { authorization: 'Bearer eyJhbGciOiJub25lIn0.e30.sig', 'content-type': 'application/json' };

/** A scenario file: a healthy Standard VM, one without Arc, in the subscription and group above. */
function scenarioFile(extra = ''): string {
  const file = join(tmp, `serve-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(
    file,
    [
      'name: serve-lab',
      'period: { from: 2025-01, to: 2025-02 }',
      `azure: { subscription: ${SUB}, resourceGroup: ${RG}, location: northeurope }`,
      'fleet:',
      '  - { name: web, edition: standard }',
      '  - { name: offline, edition: standard, arc: none }',
      extra,
    ].join('\n'),
  );
  return file;
}

async function serve(extra = '') {
  const lines: string[] = [];
  running = await serveCommand(scenarioFile(extra), {
    port: 0,
    host: '127.0.0.1',
    log: (l) => void lines.push(l),
    stopOnSigint: false,
  });
  const base = running.url;
  const machines = `${base}/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.HybridCompute/machines`;
  return { base, machines, lines };
}

async function call(url: string, init: RequestInit = {}) {
  const response = await fetch(url, { ...init, headers: { ...auth, ...init.headers } });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

const enableBody = {
  location: 'northeurope',
  properties: {
    productProfile: {
      productType: 'WindowsServer',
      productFeatures: [{ name: 'Hotpatch', subscriptionStatus: 'Enabled' }],
    },
  },
};

describe('serve: the scenario’s emulated ARM over HTTP, with a control endpoint for virtual time', () => {
  it('prints the URL it listens on (127.0.0.1, a free port for port 0)', async () => {
    const { base, lines } = await serve();
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(lines[0]).toBe(`serve-lab: emulated Azure Resource Manager (Microsoft.HybridCompute) at ${base}`);
    expect(lines.join('\n')).toContain(`${base}/_harness/advance`);
  });

  it('DOMAIN 3 end to end with plain fetch: list, PUT, poll, advance ten minutes, Succeeded and Enabled, in the report', async () => {
    const { base, machines } = await serve();
    const list = await call(`${machines}?api-version=${STABLE}`);
    expect(list.status).toBe(200);
    // arc: none is not in Azure.
    type Listed = { name: string; location: string; properties: { status: string } };
    expect(list.body.value.map((m: Listed) => [m.name, m.location, m.properties.status])).toEqual([
      ['web', 'northeurope', 'Connected'],
    ]);

    const put = await call(`${machines}/web/licenseProfiles/default?api-version=${STABLE}`, {
      method: 'PUT',
      body: JSON.stringify(enableBody),
    });
    expect(put.status).toBe(201);
    expect(put.body.properties.productProfile.productFeatures[0].subscriptionStatus).toBe('Enabling');
    const status = put.headers.get('azure-asyncoperation') ?? '';
    expect(
      status.startsWith(`${base}/subscriptions/${SUB}/providers/Microsoft.HybridCompute/locations/`),
    ).toBe(true);
    expect((await call(status)).body.status).toBe('InProgress');

    const advanced = await call(`${base}/_harness/advance?by=PT10M`, { method: 'POST' });
    expect(advanced.status).toBe(200);
    expect(advanced.body).toMatchObject({
      from: '2025-01-01T00:00:00.000Z',
      now: '2025-01-01T00:10:00.000Z',
    });
    expect(advanced.body.events).toEqual([
      { at: '2025-01-01T00:10:00.000Z', machine: 'web', type: 'hotpatch-state', detail: 'Enabled' },
    ]);

    const done = await call(status);
    expect(done.body).toMatchObject({ status: 'Succeeded', endTime: '2025-01-01T00:10:00.000Z' });
    const profile = await call(`${machines}/web/licenseProfiles/default?api-version=${STABLE}`);
    expect(profile.body.properties.productProfile.productFeatures[0]).toMatchObject({
      name: 'Hotpatch',
      subscriptionStatus: 'Enabled',
    });

    const report = await call(`${base}/_harness/report`);
    expect(report.status).toBe(200);
    expect(report.body.format).toBe('hotpatch-harness/report@1');
    expect(
      report.body.events
        .filter((e: { type: string }) => e.type === 'hotpatch-state')
        .map((e: { at: string; detail: string }) => [e.at, e.detail]),
    ).toEqual([
      ['2025-01-01T00:00:00.000Z', 'Enabling'],
      ['2025-01-01T00:10:00.000Z', 'Enabled'],
    ]);
  });

  it('advance runs Patch Tuesdays and scenario events on the way; the report shows what they did', async () => {
    const { base } = await serve(
      'events:\n  - { at: 2025-01-20T09:00, machines: [web], hotpatch: enable }\n',
    );
    const result = await call(`${base}/_harness/advance?to=2025-02-12T00:00Z`, { method: 'POST' });
    expect(result.body.now).toBe('2025-02-12T00:00:00.000Z');
    const report = (await call(`${base}/_harness/report`)).body;
    const web = report.machines.find((m: { name: string }) => m.name === 'web');
    expect(web.months.map((m: { kind: string }) => m.kind)).toEqual(['baseline', 'hotpatch']);
    expect(
      report.events
        .filter((e: { type: string }) => e.type === 'hotpatch-state')
        .map((e: { at: string; detail: string }) => [e.at, e.detail]),
    ).toEqual([
      ['2025-01-20T09:00:00.000Z', 'Enabling (PUT licenseProfiles/default: 201 Created)'],
      ['2025-01-20T09:10:00.000Z', 'Enabled'],
    ]);
  });

  it('the real SDK client works against it once its bearer policy (https only) is swapped for a plain header over http', async () => {
    const { base } = await serve();
    const credential = { getToken: async () => ({ token: 't', expiresOnTimestamp: Date.UTC(2100, 0, 1) }) };
    const client = new HybridComputeManagementClient(credential, SUB, {
      endpoint: base,
      allowInsecureConnection: true,
    });
    client.pipeline.removePolicy({ name: 'bearerTokenAuthenticationPolicy' });
    client.pipeline.addPolicy({
      name: 'harnessBearer',
      sendRequest: (request, next) => {
        request.headers.set('authorization', 'Bearer t');
        return next(request);
      },
    });
    const names: string[] = [];
    for await (const m of client.machines.listByResourceGroup(RG)) names.push(m.name ?? '');
    expect(names).toEqual(['web']);
  });

  it('GET /_harness/clock gives virtual time, the period and the next queued instant', async () => {
    const { base } = await serve();
    expect((await call(`${base}/_harness/clock`)).body).toEqual({
      now: '2025-01-01T00:00:00.000Z',
      period: { from: '2025-01', to: '2025-02' },
      next: '2025-01-14T18:00:00.000Z',
    });
  });

  it('harness: an ARM path the emulator does not serve answers 501 NotEmulated', async () => {
    const { base } = await serve();
    const path = `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Compute/virtualMachines/vm1`;
    const response = await call(`${base}${path}?api-version=2024-07-01`);
    expect(response.status).toBe(501);
    expect(response.body.error.code).toBe('NotEmulated');
  });

  it('the control endpoint refuses a time in the past with 400 and says why', async () => {
    const { base } = await serve();
    await call(`${base}/_harness/advance?to=2025-01-02`, { method: 'POST' });
    const back = await call(`${base}/_harness/advance?to=2025-01-01T12:00Z`, { method: 'POST' });
    expect(back.status).toBe(400);
    expect(back.body.error).toEqual({
      code: 'TimeInPast',
      message:
        '[hotpatch-harness] cannot advance to 2025-01-01T12:00:00.000Z: virtual time is already 2025-01-02T00:00:00.000Z and never runs backwards',
    });
    expect((await call(`${base}/_harness/clock`)).body.now).toBe('2025-01-02T00:00:00.000Z');
  });

  it.each([
    ['?by=10m', 400, 'InvalidDuration'],
    ['?to=tomorrow', 400, 'InvalidTime'],
    ['', 400, 'InvalidQuery'],
    ['?to=2025-01-02&by=PT1M', 400, 'InvalidQuery'],
  ])('the control endpoint refuses advance%s (%i %s)', async (query, status, code) => {
    const { base } = await serve();
    const response = await call(`${base}/_harness/advance${query}`, { method: 'POST' });
    expect([response.status, response.body.error.code]).toEqual([status, code]);
  });

  it('control paths: another method is 405 with Allow, an unknown one 404 listing the endpoints', async () => {
    const { base } = await serve();
    const get = await call(`${base}/_harness/advance?by=PT1M`);
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);
    const unknown = await call(`${base}/_harness/reset`, { method: 'POST' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('GET /_harness/clock');
  });

  it('bad input is the loader’s error (exit code 2 in the command line)', async () => {
    const file = join(tmp, 'bad.yaml');
    writeFileSync(
      file,
      'name: bad\nperiod: { from: 2025-01, to: 2025-02 }\nfleet:\n  - { name: web, platform: x }\n',
    );
    await expect(serveCommand(file, { port: 0, log: () => {}, stopOnSigint: false })).rejects.toThrow(
      /bad\.yaml:4: fleet\[0\]\.platform/,
    );
  });

  it('stops on SIGINT', async () => {
    const handle = await serveCommand(scenarioFile(), { port: 0, log: () => {} });
    process.emit('SIGINT');
    await handle.closed;
    await expect(fetch(`${handle.url}/_harness/clock`)).rejects.toThrow();
  });
});
