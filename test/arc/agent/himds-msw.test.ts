import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { himdsHandlersFor } from '../../../simulators/arc/agent/index.js';
import { agentAt } from './fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const METADATA = 'http://localhost:40342/metadata/instance?api-version=2020-06-01';
const TOKEN =
  'http://localhost:40342/metadata/identity/oauth2/token?api-version=2019-11-01&resource=https://management.azure.com/';

describe('HIMDS under msw (DESIGN 3: hermetic)', () => {
  it('fetch reaches the machine whose handlers are installed: 400, then 200 with the header', async () => {
    server.use(...himdsHandlersFor(agentAt().agent));
    expect((await fetch(METADATA)).status).toBe(400);
    const response = await fetch(METADATA, { headers: { Metadata: 'true' } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { compute: { name: string } }).compute.name).toBe('web-01');
  });

  it('the challenge and the token over fetch', async () => {
    const { machine, agent } = agentAt();
    server.use(...himdsHandlersFor(agent));
    const challenge = await fetch(TOKEN, { headers: { Metadata: 'true' } });
    expect(challenge.status).toBe(401);
    const secret = machine.disk.readText(
      challenge.headers.get('www-authenticate')?.slice('Basic realm='.length) ?? '',
    );
    const token = await fetch(TOKEN, { headers: { Metadata: 'true', Authorization: `Basic ${secret}` } });
    expect(token.status).toBe(200);
    expect(((await token.json()) as { token_type: string }).token_type).toBe('Bearer');
  });

  it('each machine answers for itself: the latest installed handlers win (how a script host routes)', async () => {
    const a = agentAt({}, { name: 'web-01' }).agent;
    const b = agentAt({}, { name: 'web-02' }).agent;
    server.use(...himdsHandlersFor(a));
    server.use(...himdsHandlersFor(b));
    const response = await fetch(METADATA, { headers: { Metadata: 'true' } });
    expect(((await response.json()) as { compute: { vmId: string } }).compute.vmId).toBe(b.host.vmId);
  });

  it('himds stopped: a network error, TypeError (msw words it `Failed to fetch`)', async () => {
    const { machine, agent } = agentAt();
    machine.services.stop('himds');
    server.use(...himdsHandlersFor(agent));
    await expect(fetch(METADATA, { headers: { Metadata: 'true' } })).rejects.toThrow(TypeError);
  });

  it.each([
    ['another path on the port', 'http://localhost:40342/metadata/identity/info'],
    [
      'a deeper metadata leaf',
      'http://localhost:40342/metadata/instance/compute/vmId?api-version=2020-06-01',
    ],
    ['another port', 'http://localhost:40343/metadata/instance?api-version=2020-06-01'],
    ['Azure IMDS', 'http://169.254.169.254/metadata/instance?api-version=2020-06-01'],
  ])('DESIGN 3: %s is unhandled and fails the request (onUnhandledRequest: error)', async (_, url) => {
    server.use(...himdsHandlersFor(agentAt().agent));
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(fetch(url, { headers: { Metadata: 'true' } })).rejects.toThrow();
    expect(log.mock.calls.flat().join(' ')).toContain(
      '[MSW] Error: intercepted a request without a matching request handler',
    );
    log.mockRestore();
  });
});
