import { describe, expect, it } from 'vitest';
import { Machine } from '../simulators/machine/index.js';
import { dword, Registry } from '../simulators/registry/index.js';
import { ManualClock } from '../simulators/shared/clock.js';

// The README's examples, with the results its comments promise.
describe('README examples', () => {
  it('registry', () => {
    const registry = Registry.windows();
    registry.createKey('HKLM\\SOFTWARE\\Contoso');
    registry.setValue('HKLM:\\SOFTWARE\\Contoso', 'Level', dword(3));
    expect(registry.getValue('hklm\\software\\contoso', 'LEVEL')).toEqual({
      name: 'Level',
      type: 'REG_DWORD',
      data: 3,
    });
    const clone = registry.clone();
    clone.setValue('HKLM\\SOFTWARE\\Contoso', 'Level', dword(4));
    expect(registry.getValue('HKLM\\SOFTWARE\\Contoso', 'Level')?.data).toBe(3);
  });

  it('machine', () => {
    const clock = new ManualClock('2025-10-20');
    const web = new Machine(
      {
        name: 'web-01',
        edition: 'datacenter',
        installation: 'core',
        hardware: { platform: 'hyperv-gen2', firmware: 'uefi', secureBoot: true, cores: 8 },
        vbs: 'disabled',
        arcAgent: true,
        update: { kb: 'KB5066835', build: '26100.6899' },
      },
      clock,
    );
    web.registry.setValue(
      'HKLM\\SYSTEM\\CurrentControlSet\\Control\\DeviceGuard',
      'EnableVirtualizationBasedSecurity',
      dword(1),
    );
    expect(web.boot.vbs.status).toBe(0);
    expect(web.pendingBootChanges()).toEqual(['vbs']);
    expect(web.install({ kb: 'KB5068861', build: '26100.7171', restartRequired: true })).toBe('staged');
    clock.advance(60_000);
    expect(web.restart('requested')).toEqual({
      at: Date.parse('2025-10-20T00:01:00Z'),
      reason: 'requested',
      applied: ['KB5068861'],
    });
    expect(web.boot.vbs.status).toBe(2);
    expect(web.os).toEqual({ kb: 'KB5068861', build: '26100.7171' });
  });
});
