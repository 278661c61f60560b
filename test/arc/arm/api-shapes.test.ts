import { describe, expect, it } from 'vitest';
import { STABLE_API_VERSION, SUPPORTED_API_VERSIONS } from '../../../simulators/arc/arm/index.js';
import { machine, profileUrl, RG, readJson, SUB, T0, TOKEN, world } from './fixtures.js';

const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
const enrolled = { 'web-01': { status: 'Enabled' as const, enrollmentDate: T0, billingStartDate: T0 } };

async function get(plane: ReturnType<typeof world>['plane'], url: string) {
  const response = await plane.handleArmRequest(new Request(url, { headers }));
  expect(response.status).toBe(200);
  return readJson(response);
}

const machineUrl = (version: string, expand = true) =>
  `https://management.azure.com/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.HybridCompute/machines/web-01?api-version=${version}${expand ? '&$expand=instanceView' : ''}`;

describe('resource shapes per api-version', () => {
  it('DOMAIN 3: 2025-01-13 is the stable version and takes license profiles; the 3.0.0 client version takes machines only', () => {
    expect(STABLE_API_VERSION).toBe('2025-01-13');
    expect(SUPPORTED_API_VERSIONS['machines/licenseProfiles']).toContain('2025-01-13');
    expect(SUPPORTED_API_VERSIONS['machines/licenseProfiles'][0]).toBe('2023-06-20-preview');
    expect(SUPPORTED_API_VERSIONS.machines).toContain('2021-05-20');
    expect(SUPPORTED_API_VERSIONS['machines/licenseProfiles']).not.toContain('2021-05-20');
  });

  it('DOC: 2025-01-13 puts hotpatchEnablementStatus under osProfile.windowsConfiguration.patchSettings.status', async () => {
    const { plane } = world([machine('web-01')], { profiles: enrolled });
    const m = await get(plane, machineUrl('2025-01-13'));
    expect(m.properties.osProfile).toEqual({
      computerName: 'web-01',
      windowsConfiguration: {
        patchSettings: {
          assessmentMode: 'ImageDefault',
          patchMode: 'AutomaticByOS',
          enableHotpatching: true,
          status: { hotpatchEnablementStatus: 'Enabled' },
        },
      },
    });
    expect(m.properties.licenseProfile).toMatchObject({
      licenseStatus: 'Licensed',
      productProfile: {
        productType: 'WindowsServer',
        productFeatures: [{ name: 'Hotpatch', subscriptionStatus: 'Enabled' }],
      },
    });
  });

  it('INFER: the license instance view comes only with $expand=instanceView', async () => {
    const { plane } = world([machine('web-01')], { profiles: enrolled });
    expect((await get(plane, machineUrl('2025-01-13', false))).properties.licenseProfile).toBeUndefined();
  });

  it('DOC: before 2024-05-20-preview there is no hotpatch status; before 2024-03-31-preview no productProfile', async () => {
    const { plane } = world([machine('web-01')], { profiles: enrolled });
    const m = await get(plane, machineUrl('2024-03-31-preview'));
    expect(m.properties.osProfile.windowsConfiguration.patchSettings).toEqual({
      assessmentMode: 'ImageDefault',
      patchMode: 'AutomaticByOS',
    });
    expect(m.properties.licenseProfile.productProfile).toBeDefined();
    const old = await get(plane, profileUrl('web-01', '2023-10-03-preview'));
    expect(old.properties.productProfile).toBeUndefined();
    expect(old.properties.esuProfile).toMatchObject({
      esuEligibility: 'Ineligible',
      serverType: 'Datacenter',
    });
  });

  it('INFER: Azure Edition reads hotpatch Enabled without any license profile (on by default, DOC)', async () => {
    const { plane } = world([machine('web-01', { edition: 'datacenter-azure-edition' })]);
    const m = await get(plane, machineUrl('2025-01-13'));
    expect(m.properties.osProfile.windowsConfiguration.patchSettings.status.hotpatchEnablementStatus).toBe(
      'Enabled',
    );
  });

  it('DOC: a PUT with a 2023 version stores the ESU license and answers without productProfile', async () => {
    const { plane } = world();
    const body = {
      location: 'westeurope',
      properties: { esuProfile: { assignedLicense: '/subscriptions/x/licenses/esu' } },
    };
    const response = await plane.handleArmRequest(
      new Request(profileUrl('web-01', '2023-06-20-preview'), {
        method: 'PUT',
        headers,
        body: JSON.stringify(body),
      }),
    );
    expect(response.status).toBe(201);
    const json = await readJson(response);
    expect(json.properties.esuProfile.assignedLicense).toBe('/subscriptions/x/licenses/esu');
    expect(json.properties.productProfile).toBeUndefined();
    expect(json.properties.provisioningState).toBe('Succeeded');
  });
});
