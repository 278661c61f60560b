import { afterEach, describe, expect, it } from 'vitest';
import { type ArmServer, startArmServer } from '../../../simulators/arc/arm/index.js';
import {
  enableBody,
  MINUTE,
  machine,
  profileUrl,
  RG,
  readJson,
  STABLE,
  SUB,
  TOKEN,
  world,
} from './fixtures.js';

let running: ArmServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
const getJson = async (url: string) => readJson(await fetch(url, { headers }));

describe('the node:http server, as curl or any HTTP client sees it', () => {
  it('DOMAIN 3: enrollment end to end; async URLs and nextLinks lead back to the server', async () => {
    const { plane, clock } = world([machine('web-01'), machine('web-02')], { pageSize: 1 });
    running = await startArmServer(plane, { port: 0, host: '127.0.0.1' });
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const put = await fetch(profileUrl('web-01', STABLE, running.url), {
      method: 'PUT',
      headers,
      body: JSON.stringify(enableBody()),
    });
    expect(put.status).toBe(201);
    const status = put.headers.get('azure-asyncoperation') ?? '';
    expect(
      status.startsWith(
        `${running.url}/subscriptions/${SUB}/providers/Microsoft.HybridCompute/locations/westeurope/operationStatus/`,
      ),
    ).toBe(true);
    expect(put.headers.get('location')).toContain('/operationResults/');
    expect(put.headers.get('retry-after')).toBe('15');
    expect((await getJson(status)).status).toBe('InProgress');

    clock.advance(10 * MINUTE);
    expect((await getJson(status)).status).toBe('Succeeded');
    const result = await fetch(put.headers.get('location') ?? '', { headers });
    expect(result.status).toBe(200);

    const list = `${running.url}/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.HybridCompute/machines?api-version=${STABLE}`;
    const first = await getJson(list);
    expect(first.value.map((m: { name: string }) => m.name)).toEqual(['web-01']);
    expect(first.nextLink.startsWith(running.url)).toBe(true);
    const second = await getJson(first.nextLink);
    expect(second.value.map((m: { name: string }) => m.name)).toEqual(['web-02']);
    expect(second.nextLink).toBeUndefined();
    const bad = await fetch(`${list}&$skiptoken=zzz`, { headers });
    expect([bad.status, (await readJson(bad)).error.code]).toEqual([400, 'InvalidSkipToken']);
  });

  it('harness: two servers on port 0 get two ports; close frees them', async () => {
    const a = await startArmServer(world().plane, { port: 0 });
    const b = await startArmServer(world().plane, { port: 0 });
    expect(a.port).not.toBe(b.port);
    await a.close();
    await b.close();
  });
});
