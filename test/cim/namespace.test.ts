import { describe, expect, it } from 'vitest';
import { CimError, resolveNamespace } from '../../simulators/cim/index.js';
import { thrown } from '../support/thrown.js';
import { cimAt } from './fixtures.js';

describe('namespace paths', () => {
  it.each([
    'root/Microsoft/Windows/DeviceGuard',
    'root\\Microsoft\\Windows\\DeviceGuard',
    'ROOT\\microsoft/windows\\deviceguard',
    'Root/MICROSOFT/Windows/DeviceGuard',
  ])('finds DeviceGuard as %s', (typed) => {
    expect(resolveNamespace(typed)).toBe('root/Microsoft/Windows/DeviceGuard');
    expect(cimAt().cim.getInstances(typed, 'Win32_DeviceGuard')).toHaveLength(1);
  });

  it.each(['root/cimv2', 'root\\cimv2', 'ROOT\\CIMV2', 'Root/CimV2'])('finds cimv2 as %s', (typed) => {
    expect(resolveNamespace(typed)).toBe('root/cimv2');
  });

  it.each([
    'cimv2',
    'Microsoft/Windows/DeviceGuard',
    '/root/cimv2',
    'root/cimv2/',
    'root//cimv2',
    'root\\cimv3',
    '',
  ])('knows no namespace %j', (typed) => {
    expect(resolveNamespace(typed)).toBeUndefined();
    const error = thrown(() => cimAt().cim.getInstances(typed, 'Win32_OperatingSystem'));
    expect(error).toBeInstanceOf(CimError);
    expect((error as CimError).code).toBe('InvalidNamespace');
  });

  it('reads root\\cimv2 when no namespace is given', () => {
    const { cim } = cimAt();
    expect(cim.getInstances(undefined, 'Win32_OperatingSystem')).toEqual(
      cim.getInstances('root/cimv2', 'Win32_OperatingSystem'),
    );
  });

  it('has the parent namespaces, which hold no emulated class', () => {
    const error = thrown(() => cimAt().cim.getInstances('root/Microsoft', 'Win32_DeviceGuard')) as CimError;
    expect(error.code).toBe('InvalidClass');
  });
});

describe('class names', () => {
  it.each(['Win32_Service', 'win32_service', 'WIN32_SERVICE', 'wIN32_sERVICE'])('ignore case: %s', (name) => {
    const services = cimAt().cim.getInstances('root/cimv2', name);
    expect(services.length).toBeGreaterThan(0);
    expect(services.every((s) => s.className === 'Win32_Service' && s.namespace === 'root/cimv2')).toBe(true);
  });

  it('live in their namespace only', () => {
    const error = thrown(() => cimAt().cim.getInstances('root/cimv2', 'Win32_DeviceGuard')) as CimError;
    expect(error.code).toBe('InvalidClass');
  });
});
