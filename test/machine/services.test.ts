import { describe, expect, it } from 'vitest';
import {
  installService,
  SERVICES_KEY,
  ServiceControlManager,
  ServiceError,
  serviceErrors,
} from '../../simulators/machine/index.js';
import { dword, Registry, sz } from '../../simulators/registry/index.js';
import { thrown } from '../support/thrown.js';
import { machineAt } from './fixtures.js';

const HIMDS_KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\himds';

describe('services of an Arc-connected machine', () => {
  it('has himds as the agent installs it, running after boot', () => {
    const { machine } = machineAt({ arcAgent: true });
    expect(machine.services.get('himds')).toEqual({
      name: 'himds',
      displayName: 'Azure Hybrid Instance Metadata Service',
      status: 'Running',
      startType: 'Automatic',
      account: 'NT SERVICE\\himds',
    });
  });

  it('has GCArcService and ExtensionService running, arcproxy disabled and stopped', () => {
    const { services } = machineAt({ arcAgent: true }).machine;
    expect(services.get('GCArcService')).toMatchObject({ startType: 'Automatic', status: 'Running' });
    expect(services.get('ExtensionService')).toMatchObject({ startType: 'Automatic', status: 'Running' });
    expect(services.get('arcproxy')).toMatchObject({
      displayName: 'Azure Arc Proxy',
      startType: 'Disabled',
      status: 'Stopped',
    });
  });

  it('has wuauserv set to Manual and stopped', () => {
    expect(machineAt({ arcAgent: true }).machine.services.get('wuauserv')).toEqual({
      name: 'wuauserv',
      displayName: 'Windows Update',
      status: 'Stopped',
      startType: 'Manual',
      account: 'LocalSystem',
    });
  });

  it('lists every service sorted by name, case-insensitively', () => {
    const list = machineAt({ arcAgent: true }).machine.services.list();
    expect(list.map((s) => s.name)).toEqual([
      'arcproxy',
      'ExtensionService',
      'GCArcService',
      'himds',
      'wuauserv',
    ]);
    expect(list.map((s) => s.status)).toEqual(['Stopped', 'Running', 'Running', 'Running', 'Stopped']);
  });

  it('stores the configuration in the registry, as the SCM does', () => {
    const { registry } = machineAt({ arcAgent: true }).machine;
    expect(registry.getValue(HIMDS_KEY, 'Start')?.data).toBe(2);
    expect(registry.getValue(HIMDS_KEY, 'Type')?.data).toBe(0x10);
    expect(registry.getValue(HIMDS_KEY, 'ObjectName')?.data).toBe('NT SERVICE\\himds');
    expect(registry.getValue(HIMDS_KEY, 'ImagePath')).toMatchObject({
      type: 'REG_EXPAND_SZ',
      data: '"C:\\Program Files\\AzureConnectedMachineAgent\\himds.exe"',
    });
    expect(registry.getValue(`${SERVICES_KEY}\\arcproxy`, 'Start')?.data).toBe(4);
    expect(registry.getValue(`${SERVICES_KEY}\\wuauserv`, 'Start')?.data).toBe(3);
  });
});

describe('a machine without the agent', () => {
  it('has only wuauserv', () => {
    expect(
      machineAt({ arcAgent: false })
        .machine.services.list()
        .map((s) => s.name),
    ).toEqual(['wuauserv']);
  });

  it("answers get('himds') with Get-Service's error", () => {
    const { services } = machineAt({ arcAgent: false }).machine;
    expect(services.find('himds')).toBeUndefined();
    const error = thrown(() => services.get('himds'));
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({
      message: "Cannot find any service with service name 'himds'.",
      errorId: 'NoServiceFoundForGivenName',
      category: 'ObjectNotFound',
      exceptionType: 'Microsoft.PowerShell.Commands.ServiceCommandException',
      targetObject: 'himds',
    });
    expect(
      (error as ServiceError).fullyQualifiedErrorId('Microsoft.PowerShell.Commands.GetServiceCommand'),
    ).toBe('NoServiceFoundForGivenName,Microsoft.PowerShell.Commands.GetServiceCommand');
  });

  it('names the service as the caller spelled it in the error', () => {
    const { services } = machineAt({ arcAgent: false }).machine;
    expect(() => services.stop('HIMDS')).toThrow("Cannot find any service with service name 'HIMDS'.");
    expect(() => services.start('HiMdS')).toThrow("Cannot find any service with service name 'HiMdS'.");
    expect(() => services.setStartType('himds', 'Disabled')).toThrow(
      "Cannot find any service with service name 'himds'.",
    );
  });
});

describe('service names', () => {
  it("are case-insensitive and reported as installed ('HIMDS' is himds)", () => {
    const { services } = machineAt().machine;
    expect(services.get('HIMDS').name).toBe('himds');
    expect(services.get('gcarcservice').name).toBe('GCArcService');
    services.stop('HIMDS');
    expect(services.get('himds').status).toBe('Stopped');
    services.start('Himds');
    expect(services.get('himds').status).toBe('Running');
  });

  it('are not registry paths: a slash or backslash finds nothing', () => {
    const { services } = machineAt().machine;
    for (const name of ['himds\\', '\\himds', 'x\\..\\himds', 'himds/']) {
      expect(services.find(name)).toBeUndefined();
      expect(() => services.get(name)).toThrow(`Cannot find any service with service name '${name}'.`);
    }
  });

  it('must name a key with a service type and a Start value', () => {
    const { machine } = machineAt();
    const key = `${SERVICES_KEY}\\NotAService`;
    machine.registry.createKey(key);
    machine.registry.setValue(key, 'Start', dword(2));
    expect(machine.services.find('NotAService')).toBeUndefined();
    machine.registry.setValue(key, 'Type', dword(1)); // a kernel driver, not a Win32 service
    expect(machine.services.find('NotAService')).toBeUndefined();
    machine.registry.setValue(key, 'Type', dword(0x20)); // SERVICE_WIN32_SHARE_PROCESS
    expect(machine.services.find('NotAService')).toMatchObject({
      name: 'NotAService',
      displayName: 'NotAService',
    });
  });
});

describe('start and stop', () => {
  it('a stopped himds runs again after the machine restarts', () => {
    const { machine } = machineAt();
    expect(machine.services.stop('himds').status).toBe('Stopped');
    expect(machine.services.get('himds').status).toBe('Stopped');
    machine.restart('mitigation');
    expect(machine.services.get('himds').status).toBe('Running');
  });

  it('a Manual service started by hand is stopped by the next boot', () => {
    const { machine } = machineAt();
    expect(machine.services.start('wuauserv').status).toBe('Running');
    expect(machine.services.get('wuauserv').status).toBe('Running');
    machine.restart('manual');
    expect(machine.services.get('wuauserv').status).toBe('Stopped');
  });

  it('starting or stopping twice changes nothing', () => {
    const { services } = machineAt().machine;
    expect(services.start('himds').status).toBe('Running');
    services.stop('himds');
    expect(services.stop('himds').status).toBe('Stopped');
    expect(services.get('himds').status).toBe('Stopped');
  });

  it('a disabled arcproxy cannot start', () => {
    const { services } = machineAt().machine;
    const error = thrown(() => services.start('arcproxy'));
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({
      message:
        "Service 'Azure Arc Proxy (arcproxy)' cannot be started due to the following error: Cannot start service arcproxy on computer '.'.",
      errorId: 'CouldNotStartService',
      category: 'OpenError',
      targetObject: 'arcproxy',
    });
    expect(services.get('arcproxy').status).toBe('Stopped');
  });

  it('reports the installed name in the cannot-start error whatever the caller typed', () => {
    const { services } = machineAt().machine;
    expect(() => services.start('ARCPROXY')).toThrow(
      "Service 'Azure Arc Proxy (arcproxy)' cannot be started due to the following error: Cannot start service arcproxy on computer '.'.",
    );
  });
});

describe('start types', () => {
  it("setStartType('himds', 'Disabled') writes Start = 4 and keeps himds stopped after a restart", () => {
    const { machine } = machineAt();
    expect(machine.services.setStartType('himds', 'Disabled')).toMatchObject({
      startType: 'Disabled',
      status: 'Running',
    });
    expect(machine.registry.getValue(HIMDS_KEY, 'Start')).toMatchObject({ type: 'REG_DWORD', data: 4 });
    expect(machine.services.get('himds').status).toBe('Running');
    machine.restart('manual');
    expect(machine.services.get('himds')).toMatchObject({ startType: 'Disabled', status: 'Stopped' });
    expect(() => machine.services.start('himds')).toThrow(
      "Service 'Azure Hybrid Instance Metadata Service (himds)' cannot be started due to the following error: Cannot start service himds on computer '.'.",
    );
  });

  it('setStartType with another spelling writes the installed key', () => {
    const { machine } = machineAt();
    machine.services.setStartType('HIMDS', 'Manual');
    expect(machine.registry.getValue(HIMDS_KEY, 'Start')?.data).toBe(3);
    expect(machine.registry.subkeyNames(SERVICES_KEY)).toContain('himds');
    expect(machine.registry.subkeyNames(SERVICES_KEY)).not.toContain('HIMDS');
  });

  it('a Start value written straight into the registry takes effect at the next boot', () => {
    const { machine } = machineAt();
    machine.registry.setValue(HIMDS_KEY, 'Start', dword(4));
    expect(machine.services.get('himds')).toMatchObject({ startType: 'Disabled', status: 'Running' });
    machine.restart('manual');
    expect(machine.services.get('himds').status).toBe('Stopped');
  });

  it('enabling arcproxy through ControlSet001 lets it start at the next boot', () => {
    const { machine } = machineAt();
    machine.registry.setValue('HKLM\\SYSTEM\\ControlSet001\\Services\\arcproxy', 'Start', dword(2));
    expect(machine.services.get('arcproxy').status).toBe('Stopped');
    machine.restart('manual');
    expect(machine.services.get('arcproxy')).toMatchObject({ startType: 'Automatic', status: 'Running' });
  });

  it('maps every Start code to its PowerShell name', () => {
    const { machine } = machineAt();
    const names = ['Boot', 'System', 'Automatic', 'Manual', 'Disabled'] as const;
    for (const [code, name] of names.entries()) {
      machine.registry.setValue(HIMDS_KEY, 'Start', dword(code));
      expect(machine.services.get('himds').startType).toBe(name);
    }
  });
});

describe('installService and a bare ServiceControlManager', () => {
  it('installs a service the manager finds; boot starts it when Automatic', () => {
    const registry = Registry.windows();
    installService(registry, {
      name: 'Contoso',
      displayName: 'Contoso Agent',
      startType: 'Automatic',
      account: 'LocalSystem',
      imagePath: 'C:\\contoso.exe',
    });
    const scm = new ServiceControlManager(registry);
    expect(scm.get('contoso')).toMatchObject({ name: 'Contoso', status: 'Stopped' });
    scm.boot();
    expect(scm.get('contoso').status).toBe('Running');
    registry.setValue(`${SERVICES_KEY}\\Contoso`, 'DisplayName', sz('Renamed'));
    expect(scm.get('contoso').displayName).toBe('Renamed');
  });

  it('makes the documented error texts', () => {
    expect(serviceErrors.notFound('x').message).toBe("Cannot find any service with service name 'x'.");
    expect(serviceErrors.cannotStart('y', 'Why').message).toBe(
      "Service 'Why (y)' cannot be started due to the following error: Cannot start service y on computer '.'.",
    );
  });
});
