import { afterEach, describe, expect, it } from 'vitest';
import { type ArmServer, startArmServer } from '../../../simulators/arc/arm/index.js';
import { enableBody, LOCATION, machine, profileUrl, RG, STABLE, SUB, TOKEN, world } from './fixtures.js';

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

async function call(url: string, init: RequestInit = {}) {
  const response = await fetch(url, {
    ...init,
    headers: { ...auth, 'content-type': 'application/json', ...init.headers },
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

describe('license profile bodies and hotpatch eligibility over node:http (plain fetch)', () => {
  it('3P: a body that is not JSON → 400 InvalidRequestContent', async () => {
    const { base } = await serve();
    const r = await call(profileUrl('web-01', STABLE, base), {
      method: 'PUT',
      body: '{"location": westeurope}',
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('InvalidRequestContent');
    expect(r.body.error.message).toMatch(
      /^The request content was invalid and could not be deserialized: 'Unexpected character encountered while parsing value: w\. Path '', line 1, position 13\.'\.$/,
    );
  });

  it('3P: PUT without location → 400 LocationRequired', async () => {
    const { base } = await serve();
    const { location: _, ...body } = enableBody();
    const r = await call(profileUrl('web-01', STABLE, base), { method: 'PUT', body: JSON.stringify(body) });
    expect([r.status, r.body.error]).toEqual([
      400,
      { code: 'LocationRequired', message: 'The location property is required for this definition.' },
    ]);
  });

  it('3P/INFER: wrong enums and types → 400 HCRP400 naming every property, target sub/group/machine', async () => {
    const { base } = await serve();
    const body = {
      location: LOCATION,
      properties: {
        softwareAssurance: { softwareAssuranceCustomer: 'yes' },
        productProfile: {
          productType: 'WindowsClient',
          productFeatures: [{ name: 'Hotpatch', subscriptionStatus: 'On' }],
        },
      },
    };
    const r = await call(profileUrl('web-01', STABLE, base), { method: 'PUT', body: JSON.stringify(body) });
    expect(r.status).toBe(400);
    expect(r.body.error).toEqual({
      code: 'HCRP400',
      message:
        'The request does not have sufficient information to complete the operation. Missing or invalid properties: properties.softwareAssurance.softwareAssuranceCustomer, properties.productProfile.productType, properties.productProfile.productFeatures[0].subscriptionStatus',
      target: `${SUB}/${RG}/web-01`,
    });
    const patch = await call(profileUrl('web-01', STABLE, base), {
      method: 'PUT',
      body: JSON.stringify(enableBody('Enable')),
    });
    expect(patch.body.error.message).toMatch(
      /: properties\.productProfile\.productFeatures\[0\]\.subscriptionStatus$/,
    );
  });

  it('INFER (ARM RPC): read-only properties in a PUT are ignored', async () => {
    const { base } = await serve();
    const body = enableBody();
    const feature = {
      ...body.properties.productProfile.productFeatures[0],
      enrollmentDate: '2020-01-01T00:00:00Z',
      error: { code: 'x' },
    };
    const withReadOnly = {
      ...body,
      properties: {
        provisioningState: 'Succeeded',
        productProfile: { ...body.properties.productProfile, productFeatures: [feature] },
      },
    };
    const r = await call(profileUrl('web-01', STABLE, base), {
      method: 'PUT',
      body: JSON.stringify(withReadOnly),
    });
    expect(r.status).toBe(201);
    expect(r.body.properties.provisioningState).toBe('Creating');
    expect(r.body.properties.productProfile.productFeatures[0]).toEqual({
      name: 'Hotpatch',
      subscriptionStatus: 'Enabling',
    });
  });

  it.each([
    [
      'datacenter-azure-edition',
      '10.0.26100.6899',
      'Windows Server 2025 Datacenter: Azure Edition',
      'HotpatchNotSupportedOnAzureEdition',
    ],
    [
      'datacenter',
      '10.0.20348.4294',
      'Windows Server 2022 Datacenter',
      'HotpatchNotSupportedOnOperatingSystem',
    ],
    ['standard', '10.0.26100.1000', 'Windows Server 2025 Standard', 'HotpatchNotSupportedOnOperatingSystem'],
    ['standard', '10.0.26200.5000', 'Windows Server 2025 Standard', 'HotpatchNotSupportedOnOperatingSystem'],
  ] as const)(
    'ASSUME: Hotpatch on %s %s → 400 %s, nothing created',
    async (edition, osVersion, osSku, code) => {
      const { base, plane } = await serve([machine('web-01', { edition, osVersion, osSku })]);
      const r = await call(profileUrl('web-01', STABLE, base), {
        method: 'PUT',
        body: JSON.stringify(enableBody()),
      });
      expect([r.status, r.body.error.code]).toEqual([400, code]);
      expect(r.body.error.message).toContain("machine 'web-01'");
      expect(plane.profile('web-01')).toBeUndefined();
    },
  );

  it('ASSUME: disabling Hotpatch on Azure Edition is refused like enabling it: Arc does not manage its hotpatch', async () => {
    const { base, plane } = await serve([
      machine('az-01', {
        edition: 'datacenter-azure-edition',
        osVersion: '10.0.26100.6899',
        osSku: 'Windows Server 2025 Datacenter: Azure Edition',
      }),
    ]);
    const r = await call(profileUrl('az-01', STABLE, base), {
      method: 'PUT',
      body: JSON.stringify(enableBody('Disabled')),
    });
    expect([r.status, r.body.error.code]).toEqual([400, 'HotpatchNotSupportedOnAzureEdition']);
    expect(plane.profile('az-01')).toBeUndefined();
  });

  it('DOC: the profile name is always default; INFER: another name → HCRP400 licenseProfileName', async () => {
    const { base } = await serve();
    const r = await call(profileUrl('web-01', STABLE, base).replace('/default?', '/custom?'));
    expect([r.status, r.body.error.code, r.body.error.message]).toEqual([
      400,
      'HCRP400',
      'The request does not have sufficient information to complete the operation. Missing or invalid properties: licenseProfileName',
    ]);
  });
});
