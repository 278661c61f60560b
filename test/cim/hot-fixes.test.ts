import { describe, expect, it } from 'vitest';
import { NOV_HOTPATCH, NOV_LCU, NOV_OOB } from '../machine/fixtures.js';
import { cimAt, column } from './fixtures.js';

const hotFixes = (cim: ReturnType<typeof cimAt>['cim']) =>
  cim.getInstances('root/cimv2', 'Win32_QuickFixEngineering');

describe('Win32_QuickFixEngineering', () => {
  it('lists a restart update only once the restart applied it', () => {
    const { machine, cim, clock } = cimAt({}, '2025-11-11T18:00:00Z');
    expect(hotFixes(cim)).toEqual([]);
    expect(machine.install(NOV_LCU)).toBe('staged');
    expect(hotFixes(cim)).toEqual([]);
    clock.set('2025-11-12T03:00:00Z');
    machine.restart('update-install');
    expect(column(hotFixes(cim), 'HotFixID')).toEqual(['KB5068861']);
    // The day CBS finished it, at the restart (INFER), in en-US short form.
    expect(column(hotFixes(cim), 'InstalledOn')).toEqual(['11/12/2025']);
  });

  it('lists a hotpatch as soon as it is installed', () => {
    const { machine, cim } = cimAt({}, '2025-11-11T18:00:00Z');
    expect(machine.install(NOV_HOTPATCH)).toBe('installed');
    expect(column(hotFixes(cim), 'HotFixID')).toEqual(['KB5068966']);
  });

  it('keeps install order and shows each update as a Security Update with its help link', () => {
    const { machine, cim, clock } = cimAt({ name: 'web-01' }, '2025-11-11T18:00:00Z');
    machine.install(NOV_LCU);
    machine.restart('update-install');
    clock.set('2025-11-18T20:00:00Z');
    machine.install(NOV_OOB);
    machine.restart('update-install');
    const [first, second] = hotFixes(cim);
    expect(second && Object.fromEntries(second.properties.map((p) => [p.name, p.value]))).toEqual({
      Caption: 'https://support.microsoft.com/help/5072359',
      Description: 'Security Update',
      InstallDate: null,
      Name: null,
      Status: null,
      CSName: 'WEB-01',
      FixComments: '',
      HotFixID: 'KB5072359',
      InstalledBy: 'NT AUTHORITY\\SYSTEM',
      InstalledOn: '11/18/2025',
      ServicePackInEffect: '',
    });
    expect(first?.properties.map((p) => `${p.name}:${p.type}`)).toEqual([
      'Caption:String',
      'Description:String',
      'InstallDate:DateTime',
      'Name:String',
      'Status:String',
      'CSName:String',
      'FixComments:String',
      'HotFixID:String',
      'InstalledBy:String',
      'InstalledOn:String',
      'ServicePackInEffect:String',
    ]);
  });

  it('never lists the release image or synthetic releases', () => {
    const { machine, cim } = cimAt({ update: { kb: null, build: '26100.1742' } }, '2026-08-11T18:00:00Z');
    machine.install({ kb: 'SYNTHETIC-2026-08-HOTPATCH', build: '26100.9001', restartRequired: false });
    machine.install({ kb: 'SYNTHETIC-2026-09-LCU', build: '26100.9100', restartRequired: true });
    machine.restart('update-install');
    expect(machine.installed.map((u) => u.kb)).toEqual([
      'SYNTHETIC-2026-08-HOTPATCH',
      'SYNTHETIC-2026-09-LCU',
    ]);
    expect(hotFixes(cim)).toEqual([]);
    expect(
      cim.query(undefined, "SELECT * FROM Win32_QuickFixEngineering WHERE HotFixID LIKE 'RTM%'"),
    ).toEqual([]);
  });

  it('finds an update by -Filter', () => {
    const { machine, cim } = cimAt();
    machine.install(NOV_HOTPATCH);
    const found = cim.getInstances(undefined, 'win32_quickfixengineering', {
      filter: "HotFixID = 'kb5068966'",
    });
    expect(column(found, 'Caption')).toEqual(['https://support.microsoft.com/help/5068966']);
  });
});
