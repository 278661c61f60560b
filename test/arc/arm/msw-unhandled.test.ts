import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createArmMswHandlers } from '../../../simulators/arc/arm/index.js';
import { ARM, RG, readJson, STABLE, SUB, TOKEN, world } from './fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const auth = { authorization: `Bearer ${TOKEN}` };

describe('msw handlers keep the world hermetic', () => {
  it('DESIGN 3: an emulated URL is served', async () => {
    server.use(...createArmMswHandlers(world().plane));
    const url = `${ARM}/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.HybridCompute/machines?api-version=${STABLE}`;
    const response = await fetch(url, { headers: auth });
    expect(response.status).toBe(200);
    expect((await readJson(response)).value).toHaveLength(1);
  });

  it.each([
    ['another host', 'https://login.microsoftonline.com/common/oauth2/v2.0/token', 'POST'],
    [
      'another namespace',
      `${ARM}/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Compute/virtualMachines/vm?api-version=2024-07-01`,
      'GET',
    ],
    [
      'a method not emulated',
      `${ARM}/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.HybridCompute/machines/web-01?api-version=${STABLE}`,
      'DELETE',
    ],
  ])(
    'DESIGN 3: %s is unhandled and fails the request (onUnhandledRequest: error)',
    async (_, url, method) => {
      server.use(...createArmMswHandlers(world().plane));
      const log = vi.spyOn(console, 'error').mockImplementation(() => {});
      await expect(fetch(url, { method, headers: auth })).rejects.toThrow();
      expect(log.mock.calls.flat().join(' ')).toContain(
        '[MSW] Error: intercepted a request without a matching request handler',
      );
      log.mockRestore();
    },
  );

  it('DOC: handlers can serve another endpoint (a sovereign cloud) instead of the public one', async () => {
    server.use(...createArmMswHandlers(world().plane, ['https://management.chinacloudapi.cn']));
    const path = `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.HybridCompute/machines/web-01?api-version=${STABLE}`;
    expect((await fetch(`https://management.chinacloudapi.cn${path}`, { headers: auth })).status).toBe(200);
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(fetch(`${ARM}${path}`, { headers: auth })).rejects.toThrow();
    log.mockRestore();
  });
});
