import { afterEach, describe, expect, it } from 'vitest';
import { type ArmServer, SUPPORTED_API_VERSIONS, startArmServer } from '../../../simulators/arc/arm/index.js';
import { enableBody, LOCATION, profileUrl, RG, STABLE, SUB, T0, TOKEN, world } from './fixtures.js';

let running: ArmServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** A plane served by node:http on 127.0.0.1, an ephemeral port. */
async function serve(...args: Parameters<typeof world>) {
  const w = world(...args);
  running = await startArmServer(w.plane, { port: 0, host: '127.0.0.1' });
  return { ...w, base: running.url };
}

const auth = { authorization: `Bearer ${TOKEN}` };
const machinePath = (name: string, group = RG, sub = SUB) =>
  `/subscriptions/${sub}/resourceGroups/${group}/providers/Microsoft.HybridCompute/machines/${name}`;

async function call(url: string, init: RequestInit = {}) {
  const response = await fetch(url, {
    ...init,
    headers: { ...auth, 'content-type': 'application/json', ...init.headers },
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

describe('ARM errors over node:http (plain fetch)', () => {
  it("3P: no Authorization → 401 AuthenticationFailed, the real text and ARM's Bearer challenge", async () => {
    const { base } = await serve();
    const response = await fetch(`${base}${machinePath('web-01')}?api-version=${STABLE}`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: {
        code: 'AuthenticationFailed',
        message: "Authentication failed. The 'Authorization' header is missing.",
      },
    });
    expect(response.headers.get('www-authenticate')).toBe(
      `Bearer authorization_uri="https://login.windows.net/", error="invalid_token", error_description="The authentication failed because of missing 'Authorization' header."`,
    );
    expect(response.headers.get('x-ms-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // DESIGN 2: the Date header is virtual time, never the host's.
    expect(response.headers.get('date')).toBe(new Date(T0).toUTCString());
  });

  it.each(['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer a b', 'token'])(
    '3P: Authorization %j → 401 AuthenticationFailedInvalidHeader',
    async (header) => {
      const { base } = await serve();
      const r = await call(`${base}${machinePath('web-01')}?api-version=${STABLE}`, {
        headers: { authorization: header },
      });
      expect(r.status).toBe(401);
      expect(r.body.error).toEqual({
        code: 'AuthenticationFailedInvalidHeader',
        message: "Authentication failed. The 'Authorization' header is provided in an invalid format.",
      });
      expect(r.headers.get('www-authenticate')).toMatch(
        /^Bearer authorization_uri="https:\/\/login\.windows\.net\/"/,
      );
    },
  );

  it('3P: no api-version → 400 MissingApiVersionParameter', async () => {
    const { base } = await serve();
    const r = await call(`${base}${machinePath('web-01')}`);
    expect(r.status).toBe(400);
    expect(r.body.error).toEqual({
      code: 'MissingApiVersionParameter',
      message: 'The api-version query parameter (?api-version=) is required for all requests.',
    });
  });

  it('3P: an api-version the type lacks → 400 NoRegisteredProviderFound listing versions and locations', async () => {
    const { base } = await serve();
    const r = await call(`${base}${machinePath('web-01')}/licenseProfiles/default?api-version=2021-05-20`);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('NoRegisteredProviderFound');
    expect(r.body.error.message).toBe(
      `No registered resource provider found for location '${LOCATION}' and API version '2021-05-20' for type 'machines/licenseProfiles'. The supported api-versions are '${SUPPORTED_API_VERSIONS['machines/licenseProfiles'].join(', ')}'. The supported locations are '${r.body.error.message.split("locations are '")[1].slice(0, -2)}'.`,
    );
    expect(r.body.error.message).toContain(
      "The supported api-versions are '2023-06-20-preview, 2023-10-03-preview,",
    );
    expect(r.body.error.message).toMatch(/The supported locations are '[a-z0-9, ]*westeurope[a-z0-9, ]*'\.$/);
    const future = await call(`${base}${machinePath('web-01')}?api-version=2099-01-01`);
    expect(future.body.error.message).toContain(
      "for type 'machines'. The supported api-versions are '2019-03-18-preview, ",
    );
  });

  it('INFER: a malformed api-version → 400 InvalidApiVersionParameter (newest first)', async () => {
    const { base } = await serve();
    const r = await call(`${base}${machinePath('web-01')}?api-version=latest`);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('InvalidApiVersionParameter');
    expect(r.body.error.message).toMatch(
      /^The api-version 'latest' is invalid\. The supported versions are '2026-09-01,2026-07-15,/,
    );
  });

  it('3P: unknown subscription → 404 SubscriptionNotFound; unknown group → 404 ResourceGroupNotFound', async () => {
    const { base } = await serve();
    const other = '11111111-1111-1111-1111-111111111111';
    const sub = await call(`${base}${machinePath('web-01', RG, other)}?api-version=${STABLE}`);
    expect([sub.status, sub.body.error]).toEqual([
      404,
      { code: 'SubscriptionNotFound', message: `The subscription '${other}' could not be found.` },
    ]);
    const group = await call(`${base}${machinePath('web-01', 'nowhere')}?api-version=${STABLE}`);
    expect([group.status, group.body.error.code]).toEqual([404, 'ResourceGroupNotFound']);
  });

  it('3P: license profiles of an unknown machine → 404 ParentResourceNotFound', async () => {
    const { base } = await serve();
    for (const method of ['GET', 'PUT', 'PATCH', 'DELETE']) {
      const r = await call(profileUrl('ghost', STABLE, base), {
        method,
        ...(method === 'PUT' && { body: JSON.stringify(enableBody()) }),
      });
      expect([r.status, r.body.error]).toEqual([
        404,
        {
          code: 'ParentResourceNotFound',
          message:
            "Can not perform requested operation on nested resource. Parent resource 'ghost' not found.",
        },
      ]);
    }
  });

  it('INFER: a license profile that does not exist → 404 ResourceNotFound naming the nested type', async () => {
    const { base } = await serve();
    const r = await call(profileUrl('web-01', STABLE, base));
    expect(r.body.error.message).toBe(
      `The Resource 'Microsoft.HybridCompute/machines/web-01/licenseProfiles/default' under resource group '${RG}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
    );
  });

  it('harness: a path the emulator does not serve → 501 NotEmulated naming it', async () => {
    const { base } = await serve();
    const path = `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Compute/virtualMachines/vm1`;
    const r = await call(`${base}${path}?api-version=2024-07-01`);
    expect(r.status).toBe(501);
    expect(r.body.error).toEqual({
      code: 'NotEmulated',
      message: expect.stringContaining(`[hotpatch-harness] GET ${path} is not emulated`),
    });
  });
});
