import { describe, expect, it } from 'vitest';
import { type ConnectedMachineAgent, createHimdsHandler } from '../../../simulators/arc/agent/index.js';
import type { Machine } from '../../../simulators/machine/index.js';
import { himdsExchange } from '../../../simulators/machine/powershell/web/himds-exchange.js';
import { httpReply } from '../../../simulators/machine/powershell/web/http-reply.js';
import { agentAt } from '../../arc/agent/fixtures.js';

const BASE = 'http://localhost:40342';
const TOKEN = `${BASE}/metadata/identity/oauth2/token?api-version=2020-06-01&resource=https://management.azure.com/`;

type Step = { method?: string; url: string; headers?: Record<string, string> };
type Twin = { agent: ConnectedMachineAgent; machine: Machine };

/** The same request through the script host's synchronous exchange and through the Fetch handler. */
async function both(sync: Twin, async: Twin, step: Step | ((twin: Twin) => Step)) {
  const request = (twin: Twin) => (typeof step === 'function' ? step(twin) : step);
  const a = request(sync);
  const viaHost = himdsExchange(sync.agent, {
    method: a.method ?? 'GET',
    url: new URL(a.url),
    headers: new Map(Object.entries(a.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
  });
  const b = request(async);
  const init = { method: b.method ?? 'GET', headers: b.headers ?? {} };
  let viaFetch: unknown;
  try {
    const response = await createHimdsHandler(async.agent)(new Request(b.url, init));
    viaFetch = { reply: httpReply(response.status, response.headers, await response.text()) };
  } catch (error) {
    viaFetch = error instanceof TypeError ? 'refused' : error;
  }
  return { viaHost, viaFetch };
}

/** Two identical agents (same seed, same clock start): one per transport. */
const twins = (
  options: Parameters<typeof agentAt>[0] = {},
  spec: Parameters<typeof agentAt>[1] = {},
): [Twin, Twin] => [agentAt(options, spec), agentAt(options, spec)];

/** The key file a challenge named, read once from that twin's own disk (using it removes it). */
const keys = new WeakMap<Twin, string>();
function withKey(twin: Twin): Step {
  const dir = 'C:\\ProgramData\\AzureConnectedMachineAgent\\Tokens';
  if (!keys.has(twin))
    keys.set(twin, twin.machine.disk.readText(`${dir}\\${twin.machine.disk.readdir(dir)[0]}`));
  return { url: TOKEN, headers: { Metadata: 'true', Authorization: `Basic ${keys.get(twin)}` } };
}

describe("the script host's HIMDS exchange answers as createHimdsHandler does", () => {
  it('metadata, errors, the challenge, the token and a used-up key: same status, header fields and body', async () => {
    const [sync, async] = twins();
    const steps: (Step | ((twin: Twin) => Step))[] = [
      { url: `${BASE}/metadata/instance?api-version=2020-06-01` },
      { url: `${BASE}/metadata/instance?api-version=2020-06-01`, headers: { Metadata: 'true' } },
      {
        url: 'http://127.0.0.1:40342/metadata/instance/compute?api-version=2019-11-01',
        headers: { Metadata: 'True' },
      },
      { url: `${BASE}/metadata/instance?api-version=2030-01-01`, headers: { Metadata: 'true' } },
      { url: `${BASE}/metadata/identity/oauth2/token?api-version=2020-06-01`, headers: { Metadata: 'true' } },
      { method: 'POST', url: TOKEN, headers: { Metadata: 'true' } },
      { url: TOKEN, headers: { Metadata: 'true' } },
      withKey,
      withKey,
    ];
    for (const step of steps) {
      const { viaHost, viaFetch } = await both(sync, async, step);
      expect(viaHost).toEqual(viaFetch);
    }
  });

  it('a disconnected agent answers alike; without the agent installed both refuse the connection', async () => {
    const [a, b] = twins({ connected: false });
    const step = { url: `${BASE}/metadata/instance?api-version=2020-06-01`, headers: { Metadata: 'true' } };
    const disconnected = await both(a, b, step);
    expect(disconnected.viaHost).toEqual(disconnected.viaFetch);
    expect(disconnected.viaHost).toMatchObject({ reply: { status: 400 } });
    const [c, d] = twins({ connected: false }, { arcAgent: false });
    expect(await both(c, d, step)).toEqual({ viaHost: 'refused', viaFetch: 'refused' });
  });
});
