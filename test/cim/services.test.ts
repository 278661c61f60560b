import { describe, expect, it } from 'vitest';
import { cimAt, column, propertyValue } from './fixtures.js';

const himds = (cim: ReturnType<typeof cimAt>['cim']) => {
  const [one, ...more] = cim.getInstances(undefined, 'Win32_Service', { filter: "Name='himds'" });
  expect(more).toEqual([]);
  return one;
};

describe('Win32_Service', () => {
  it('lists every service with its state, start mode (Auto, not Automatic) and account', () => {
    const services = cimAt().cim.getInstances('root/cimv2', 'Win32_Service');
    expect(column(services, 'Name')).toEqual([
      'arcproxy',
      'ExtensionService',
      'GCArcService',
      'himds',
      'wuauserv',
    ]);
    expect(column(services, 'State')).toEqual(['Stopped', 'Running', 'Running', 'Running', 'Stopped']);
    expect(column(services, 'StartMode')).toEqual(['Disabled', 'Auto', 'Auto', 'Auto', 'Manual']);
    expect(column(services, 'StartName')).toEqual([
      'LocalSystem',
      'LocalSystem',
      'LocalSystem',
      'NT SERVICE\\himds',
      'LocalSystem',
    ]);
  });

  it('shows himds with its properties in WMI order and types', () => {
    const { cim } = cimAt({ name: 'web-01' });
    const svc = himds(cim);
    expect(svc?.properties.map((p) => p.name)).toEqual([
      'Caption',
      'Description',
      'InstallDate',
      'Name',
      'Status',
      'CreationClassName',
      'Started',
      'StartMode',
      'StartName',
      'SystemCreationClassName',
      'SystemName',
      'AcceptPause',
      'AcceptStop',
      'DesktopInteract',
      'DisplayName',
      'ErrorControl',
      'ExitCode',
      'PathName',
      'ServiceSpecificExitCode',
      'ServiceType',
      'State',
      'TagId',
      'CheckPoint',
      'DelayedAutoStart',
      'ProcessId',
      'WaitHint',
    ]);
    expect(propertyValue(svc, 'Caption')).toBe('Azure Hybrid Instance Metadata Service');
    expect(propertyValue(svc, 'PathName')).toBe('"C:\\Program Files\\AzureConnectedMachineAgent\\himds.exe"');
    expect(propertyValue(svc, 'SystemName')).toBe('WEB-01');
    expect(svc?.properties.find((p) => p.name === 'ProcessId')?.type).toBe('UInt32');
    expect(svc?.properties.find((p) => p.name === 'Started')?.type).toBe('Boolean');
  });

  it('follows Stop-Service and Start-Service: State, Started, ProcessId', () => {
    const { machine, cim } = cimAt();
    const pid = propertyValue(himds(cim), 'ProcessId');
    expect(pid).toBeGreaterThan(0);
    expect((pid as number) % 4).toBe(0);
    machine.services.stop('himds');
    expect([
      propertyValue(himds(cim), 'State'),
      propertyValue(himds(cim), 'Started'),
      propertyValue(himds(cim), 'ProcessId'),
    ]).toEqual(['Stopped', false, 0]);
    machine.services.start('HIMDS');
    expect(propertyValue(himds(cim), 'State')).toBe('Running');
    expect(propertyValue(himds(cim), 'ProcessId')).toBe(pid);
  });

  it('follows Set-Service -StartupType and expands %SystemRoot% in PathName', () => {
    const { machine, cim } = cimAt();
    machine.services.setStartType('wuauserv', 'Disabled');
    const [wu] = cim.query(
      undefined,
      "SELECT StartMode, PathName FROM Win32_Service WHERE Name = 'wuauserv'",
    );
    expect(wu?.properties.map((p) => p.value)).toEqual([
      'Disabled',
      'C:\\Windows\\system32\\svchost.exe -k netsvcs -p',
    ]);
  });

  it('has no agent services on a machine without the Arc agent', () => {
    expect(column(cimAt({ arcAgent: false }).cim.getInstances(undefined, 'Win32_Service'), 'Name')).toEqual([
      'wuauserv',
    ]);
  });
});
