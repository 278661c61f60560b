import { describe, expect, it } from 'vitest';
import { createHimdsHandler, runAzcmagent, TOKENS_DIR } from '../../../simulators/arc/agent/index.js';
import { agentAt, MIN, TENANT } from './fixtures.js';

const BASE = 'http://localhost:40342';
const METADATA = `${BASE}/metadata/instance?api-version=2020-06-01`;
const TOKEN = `${BASE}/metadata/identity/oauth2/token?api-version=2019-11-01&resource=https://management.azure.com/`;
const RID =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/hotpatch-fleet/providers/Microsoft.HybridCompute/machines/web-01';
const get = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers });

describe('HIMDS instance metadata', () => {
  it('3P/INFER: 400 without the Metadata header', async () => {
    const response = await createHimdsHandler(agentAt().agent)(get(METADATA));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.text()).toBe(
      '{"error":"invalid_request","error_description":"Required metadata header not specified"}',
    );
  });

  it('3P: 200 with `Metadata: true`: the compute document of an Arc-enabled server', async () => {
    const response = await createHimdsHandler(agentAt().agent)(get(METADATA, { Metadata: 'true' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      compute: {
        azEnvironment: 'AzurePublicCloud',
        isHostCompatibilityLayerVm: '',
        location: 'westeurope',
        name: 'web-01',
        offer: '',
        osType: 'windows',
        placementGroupId: '',
        plan: { name: '', product: '', publisher: '' },
        platformFaultDomain: '',
        platformUpdateDomain: '',
        provider: '',
        publicKeys: null,
        publisher: '',
        resourceGroupName: 'hotpatch-fleet',
        customData: '',
        resourceId: RID,
        securityProfile: { secureBootEnabled: '', virtualTpmEnabled: '' },
        sku: 'Windows Server 2025 Datacenter',
        storageProfile: {},
        subscriptionId: '00000000-0000-0000-0000-000000000000',
        tags: '',
        tagsList: [],
        version: '10.0.26100.6899',
        vmId: '9151eae0-43ea-8ed5-8257-51892d76bd48',
        vmScaleSetName: '',
        vmSize: '',
        zone: '',
      },
      network: {},
    });
  });

  it('the compute leaf, 127.0.0.1, and a header value in any case (3P: clients send True)', async () => {
    const handle = createHimdsHandler(agentAt().agent);
    const leaf = await handle(
      get('http://127.0.0.1:40342/metadata/instance/compute?api-version=2019-11-01', { Metadata: 'True' }),
    );
    expect(((await leaf.json()) as { resourceId: string }).resourceId).toBe(RID);
  });

  it('api-version missing or unknown: 400 listing the supported ones (3P "Supported are", rest ASSUME)', async () => {
    const handle = createHimdsHandler(agentAt().agent);
    const missing = await handle(get(`${BASE}/metadata/instance`, { Metadata: 'true' }));
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({
      error: 'invalid_request',
      error_description:
        'Missing api-version parameter. Supported are 2019-08-15 2019-11-01 2020-06-01 2021-02-01',
    });
    const unknown = await handle(
      get(`${BASE}/metadata/instance?api-version=2030-01-01`, { Metadata: 'true' }),
    );
    expect(((await unknown.json()) as { error_description: string }).error_description).toMatch(
      /^Invalid api-version '2030-01-01'\. Supported are /,
    );
  });

  it('INFER: only GET (405); ASSUME: an agent disconnected from its resource has nothing to describe', async () => {
    const { agent } = agentAt();
    const handle = createHimdsHandler(agent);
    const post = await handle(new Request(METADATA, { method: 'POST', headers: { Metadata: 'true' } }));
    expect(post.status).toBe(405);
    runAzcmagent(agent, ['disconnect', '-f']);
    const after = await handle(get(METADATA, { Metadata: 'true' }));
    expect(after.status).toBe(400);
    expect(await after.json()).toEqual({
      error: 'invalid_request',
      error_description: 'The machine is not connected to Azure Arc',
    });
  });
});

describe('HIMDS managed identity tokens', () => {
  it('DOC: 401 challenge → key file on the disk → Basic <contents> → token in virtual time', async () => {
    const { clock, machine, agent } = agentAt();
    const handle = createHimdsHandler(agent);
    const challenge = await handle(get(TOKEN, { Metadata: 'true' }));
    expect(challenge.status).toBe(401);
    const realm = challenge.headers.get('www-authenticate') ?? '';
    expect(realm).toMatch(
      /^Basic realm=C:\\ProgramData\\AzureConnectedMachineAgent\\Tokens\\[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\.key$/,
    );
    const keyFile = realm.slice('Basic realm='.length);
    expect(machine.disk.readdir(TOKENS_DIR)).toEqual([keyFile.slice(TOKENS_DIR.length + 1)]);
    const secret = machine.disk.readText(keyFile);
    expect(secret).toMatch(/^[0-9a-f]{64}$/);

    clock.advance(2 * MIN);
    const response = await handle(get(TOKEN, { Metadata: 'true', Authorization: `Basic ${secret}` }));
    expect(response.status).toBe(200);
    const token = (await response.json()) as Record<string, string>;
    const issued = Date.parse('2025-11-03T22:02:00Z') / 1000;
    expect(token).toMatchObject({
      expires_in: '86400',
      expires_on: String(issued + 86400),
      not_before: String(issued),
      resource: 'https://management.azure.com/',
      token_type: 'Bearer',
    });
    const [header, payload, signature] = (token.access_token ?? '').split('.');
    expect(JSON.parse(Buffer.from(header ?? '', 'base64url').toString())).toEqual({
      typ: 'JWT',
      alg: 'none',
    });
    expect(signature).toBe('');
    expect(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString())).toMatchObject({
      aud: 'https://management.azure.com/',
      iss: `https://sts.windows.net/${TENANT}/`,
      tid: TENANT,
      iat: issued,
      exp: issued + 86400,
      xms_mirid: RID,
    });
    // 3P: a key is used once; its file is gone
    expect(machine.disk.exists(keyFile)).toBe(false);
    expect(agent.keys.pending).toBe(0);
  });

  it('ASSUME: a wrong key, or a key used twice, is 401 invalid_client without a new challenge', async () => {
    const { machine, agent } = agentAt();
    const handle = createHimdsHandler(agent);
    const wrong = await handle(get(TOKEN, { Metadata: 'true', Authorization: 'Basic 0000' }));
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toBeNull();
    expect(await wrong.json()).toEqual({
      error: 'invalid_client',
      error_description: 'The key in the Authorization header is not valid',
    });
    const challenge = await handle(get(TOKEN, { Metadata: 'true' }));
    const secret = machine.disk.readText(challenge.headers.get('www-authenticate')?.slice(12) ?? '');
    expect((await handle(get(TOKEN, { Metadata: 'true', Authorization: `Basic ${secret}` }))).status).toBe(
      200,
    );
    expect((await handle(get(TOKEN, { Metadata: 'true', Authorization: `Basic ${secret}` }))).status).toBe(
      401,
    );
  });

  it('the token endpoint checks the Metadata header and the resource first', async () => {
    const handle = createHimdsHandler(agentAt().agent);
    expect((await handle(get(TOKEN))).status).toBe(400);
    const noResource = await handle(
      get(`${BASE}/metadata/identity/oauth2/token?api-version=2019-11-01`, { Metadata: 'true' }),
    );
    expect(await noResource.json()).toEqual({
      error: 'invalid_request',
      error_description: 'Required audience parameter not specified',
    });
  });

  it('the same seed gives the same key files and tokens (no Math.random)', async () => {
    const run = async () => {
      const { machine, agent } = agentAt();
      const challenge = await createHimdsHandler(agent)(get(TOKEN, { Metadata: 'true' }));
      const path = challenge.headers.get('www-authenticate') ?? '';
      return [path, machine.disk.readText(path.slice(12))];
    };
    expect(await run()).toEqual(await run());
  });
});

describe('HIMDS when nothing listens', () => {
  it.each([
    [
      'himds stopped',
      () => {
        const { machine, agent } = agentAt();
        machine.services.stop('himds');
        return agent;
      },
    ],
    ['the agent not installed', () => agentAt({}, { arcAgent: false }).agent],
  ])(
    '%s: the call throws what undici throws, TypeError fetch failed, cause ECONNREFUSED',
    async (_, make) => {
      const call = createHimdsHandler(make())(get(METADATA, { Metadata: 'true' }));
      await expect(call).rejects.toThrow(new TypeError('fetch failed'));
      await expect(call.catch((e: Error) => e.cause)).resolves.toMatchObject({
        message: 'connect ECONNREFUSED 127.0.0.1:40342',
        code: 'ECONNREFUSED',
        syscall: 'connect',
        port: 40342,
      });
    },
  );

  it('it listens again once himds starts (the next boot)', async () => {
    const { clock, machine, agent } = agentAt();
    machine.services.stop('himds');
    clock.advance(MIN);
    machine.restart('requested');
    expect((await createHimdsHandler(agent)(get(METADATA, { Metadata: 'true' }))).status).toBe(200);
  });
});
