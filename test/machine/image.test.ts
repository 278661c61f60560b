import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION_KEY,
  EDITION_NAMES,
  type Edition,
  registryFromImage,
} from '../../simulators/machine/index.js';
import { sz } from '../../simulators/registry/index.js';
import { machineAt } from './fixtures.js';

const CURRENT_VERSION = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';
const IMAGE = {
  edition: 'datacenter',
  installation: 'desktop',
  arcAgent: true,
  vbsEnabled: true,
  build: '26100.6899',
} as const;

describe('registry images', () => {
  it("two machines from the same spec do not see each other's writes", () => {
    const a = machineAt({ name: 'A' }).machine;
    const b = machineAt({ name: 'B' }).machine;
    a.registry.createKey('HKLM\\SOFTWARE\\Contoso');
    a.registry.setValue('HKLM\\SOFTWARE\\Contoso', 'Owner', sz('a'));
    a.registry.setValue(CURRENT_VERSION, 'ProductName', sz('changed'));
    b.registry.setValue('HKLM\\SYSTEM\\CurrentControlSet\\Services\\himds', 'DisplayName', sz('b'));

    expect(b.registry.keyExists('HKLM\\SOFTWARE\\Contoso')).toBe(false);
    expect(b.registry.getValue(CURRENT_VERSION, 'ProductName')?.data).toBe('Windows Server 2025 Datacenter');
    expect(a.services.get('himds').displayName).toBe('Azure Hybrid Instance Metadata Service');
    expect(b.services.get('himds').displayName).toBe('b');
  });

  it('a machine built later from the same spec starts from the untouched image', () => {
    const a = machineAt({ name: 'A' }).machine;
    a.registry.deleteKey('HKLM\\SYSTEM\\CurrentControlSet\\Services\\himds', { recursive: true });
    a.install({ kb: 'KB5068966', build: '26100.7092', restartRequired: false });
    const later = machineAt({ name: 'LATER' }).machine;
    expect(later.services.get('himds').status).toBe('Running');
    expect(later.registry.getValue(CURRENT_VERSION, 'UBR')?.data).toBe(6899);
  });

  it('hands out a private registry on every call', () => {
    const first = registryFromImage(IMAGE);
    const second = registryFromImage(IMAGE);
    expect(second).not.toBe(first);
    first.setValue(CURRENT_VERSION_KEY, 'UBR', { type: 'REG_DWORD', data: 1 });
    expect(second.getValue(CURRENT_VERSION_KEY, 'UBR')?.data).toBe(6899);
    expect(registryFromImage(IMAGE).getValue(CURRENT_VERSION_KEY, 'UBR')?.data).toBe(6899);
  });

  it('builds a different image for each part of the spec', () => {
    const base = registryFromImage(IMAGE);
    expect(
      registryFromImage({ ...IMAGE, build: '26100.7171' }).getValue(CURRENT_VERSION_KEY, 'UBR')?.data,
    ).toBe(7171);
    expect(base.keyExists('HKLM\\SYSTEM\\CurrentControlSet\\Services\\himds')).toBe(true);
    expect(
      registryFromImage({ ...IMAGE, arcAgent: false }).keyExists(
        'HKLM\\SYSTEM\\CurrentControlSet\\Services\\himds',
      ),
    ).toBe(false);
    const deviceGuard = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard';
    expect(base.getValue(deviceGuard, 'EnableVirtualizationBasedSecurity')?.data).toBe(1);
    // The DeviceGuard key is part of every installation; only the switch inside it differs.
    const withoutVbs = registryFromImage({ ...IMAGE, vbsEnabled: false });
    expect(withoutVbs.keyExists(deviceGuard)).toBe(true);
    expect(withoutVbs.getValue(deviceGuard, 'EnableVirtualizationBasedSecurity')).toBeUndefined();
    expect(
      registryFromImage({ ...IMAGE, installation: 'core' }).getValue(CURRENT_VERSION_KEY, 'InstallationType')
        ?.data,
    ).toBe('Server Core');
  });
});

describe('the OS identity in the registry', () => {
  it.each([
    ['standard', 'Windows Server 2025 Standard', 'ServerStandard'],
    ['datacenter', 'Windows Server 2025 Datacenter', 'ServerDatacenter'],
    ['datacenter-azure-edition', 'Windows Server 2025 Datacenter: Azure Edition', 'ServerTurbine'],
  ] as const)('%s is %s, EditionID %s', (edition: Edition, productName, editionId) => {
    const { machine } = machineAt({ edition });
    expect(machine.registry.getValue(CURRENT_VERSION, 'ProductName')).toMatchObject({
      type: 'REG_SZ',
      data: productName,
    });
    expect(machine.registry.getValue(CURRENT_VERSION, 'EditionID')?.data).toBe(editionId);
    expect(EDITION_NAMES[edition]).toMatchObject({ productName, editionId });
  });

  it("is 'Server Core' for core and 'Server' for desktop", () => {
    expect(
      machineAt({ installation: 'core' }).machine.registry.getValue(CURRENT_VERSION, 'InstallationType')
        ?.data,
    ).toBe('Server Core');
    expect(
      machineAt({ installation: 'desktop' }).machine.registry.getValue(CURRENT_VERSION, 'InstallationType')
        ?.data,
    ).toBe('Server');
  });

  it('gives the 24H2 version values', () => {
    const { registry } = machineAt().machine;
    expect(registry.getValue(CURRENT_VERSION, 'DisplayVersion')?.data).toBe('24H2');
    expect(registry.getValue(CURRENT_VERSION, 'CurrentMajorVersionNumber')).toMatchObject({
      type: 'REG_DWORD',
      data: 10,
    });
    expect(registry.getValue(CURRENT_VERSION, 'CurrentBuildNumber')?.data).toBe('26100');
  });
});

describe('standard keys', () => {
  it('exist on every image, so scripts can write values into them without creating them first', () => {
    const registry = registryFromImage({ ...IMAGE, vbsEnabled: false, arcAgent: false });
    for (const key of [
      'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard',
      'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Lsa',
      'HKLM:\\SYSTEM\\CurrentControlSet\\Policies\\Microsoft',
      'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Subscriptions',
    ]) {
      expect(registry.keyExists(key), key).toBe(true);
    }
  });
});
