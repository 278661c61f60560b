import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dword, Registry, sz } from '../../simulators/registry/index.js';
import { InvariantError } from '../../simulators/shared/invariant.js';
import { dumpRegistry, thrown } from './helpers.js';

const VERSION = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';
const FLAG = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\RebootRequired';

/** A registry with the version key, a deferred UBR write of `ubr`, and a count of the writes done. */
function withDeferredUbr(ubr = 7) {
  const registry = Registry.windows();
  registry.createKey(`${VERSION}\\Subscriptions`);
  registry.createKey('HKLM\\SYSTEM\\ControlSet001\\Control');
  const writes = { count: 0 };
  registry.defer(VERSION, 'os-build', 'values', () => {
    writes.count++;
    registry.setValue(VERSION, 'UBR', dword(ubr));
  });
  return { registry, writes };
}

describe('Registry.defer (writes made when something could see them)', () => {
  it('reading the key does the write first, once', () => {
    const { registry, writes } = withDeferredUbr();
    expect(writes.count).toBe(0);
    expect(registry.getValue(VERSION, 'ubr')?.data).toBe(7);
    expect(registry.values(VERSION)?.map((v) => v.name)).toEqual(['UBR']);
    expect(writes.count).toBe(1);
  });

  it('a key above sees it: reading its revision does the write, and the revision moves', () => {
    const registry = Registry.windows();
    registry.createKey(VERSION);
    const before = registry.revision('HKLM\\SOFTWARE');
    let writes = 0;
    registry.defer(VERSION, 'os-build', 'values', () => {
      writes++;
      registry.setValue(VERSION, 'UBR', dword(1));
    });
    expect(registry.revision('HKLM\\SOFTWARE')).not.toBe(before);
    expect(writes).toBe(1);
  });

  it('values do not decide keys below or beside the key: those are left alone', () => {
    const { registry, writes } = withDeferredUbr();
    registry.getValue(`${VERSION}\\Subscriptions`, 'DeviceLicensingServiceCommandMutex');
    registry.setValue(`${VERSION}\\Subscriptions`, 'Other', sz('x'));
    registry.revision('HKLM\\SYSTEM\\CurrentControlSet\\Control');
    registry.keyExists('HKLM\\SOFTWARE\\Policies');
    expect(writes.count).toBe(0);
  });

  it('a key whose existence is deferred is seen from below, through HKCU, and by a clone', () => {
    const registry = Registry.windows();
    registry.defer(FLAG, 'flag', 'key', () => registry.createKey(FLAG));
    expect(registry.keyExists(`${FLAG}\\Below`)).toBe(false);
    expect(registry.keyExists(FLAG)).toBe(true);

    const viaView = Registry.windows();
    let viewWrites = 0;
    viaView.defer(FLAG, 'flag', 'key', () => void viewWrites++);
    viaView.keyExists('HKCU\\Software');
    expect(viewWrites).toBe(1);

    const original = Registry.windows();
    original.defer(FLAG, 'flag', 'key', () => original.createKey(FLAG));
    expect(original.clone().keyExists(FLAG)).toBe(true);
  });

  it('a path through a link reaches a deferred key behind it', () => {
    const registry = Registry.windows();
    const key = 'HKLM\\SYSTEM\\ControlSet001\\Control\\Pending';
    registry.defer(key, 'pending', 'key', () => registry.createKey(key));
    expect(registry.subkeyNames('HKLM\\SYSTEM\\CurrentControlSet\\Control')).toEqual(['Pending']);
  });

  it('a later write with the same tag replaces the waiting one; only the last state is written', () => {
    const registry = Registry.windows();
    const done: string[] = [];
    registry.defer(FLAG, 'flag', 'key', () => {
      done.push('raise');
      registry.createKey(FLAG);
    });
    registry.defer(FLAG, 'flag', 'key', () => {
      done.push('lower');
      registry.deleteKey(FLAG, { recursive: true });
    });
    expect(registry.keyExists(FLAG)).toBe(false);
    expect(done).toEqual(['lower']);
  });

  it('a link deleted with its key no longer counts, and a new link on the same path does', () => {
    const r = Registry.windows();
    r.createKey('HKLM\\SOFTWARE\\A');
    r.deleteKey('HKLM\\SYSTEM', { recursive: true });
    r.createKey('HKLM\\SYSTEM\\CurrentControlSet');
    r.createLink('HKLM\\SYSTEM\\CurrentControlSet\\L', {
      hive: 'HKEY_LOCAL_MACHINE',
      segments: ['SOFTWARE'],
    });
    r.defer('HKLM\\SOFTWARE\\A\\Flag', 'f', 'key', () => r.createKey('HKLM\\SOFTWARE\\A\\Flag'));
    expect(r.keyExists('HKLM\\SYSTEM\\CurrentControlSet\\L\\A\\Flag')).toBe(true);
    // The old CurrentControlSet link went with HKLM\SYSTEM: a key there may be deferred again.
    expect(() => r.defer('HKLM\\SYSTEM\\CurrentControlSet\\X', 'x', 'key', () => {})).not.toThrow();
  });

  it('a write that fails leaves the writes after it waiting, and fails where it is done', () => {
    const registry = Registry.windows();
    registry.defer('HKLM\\SOFTWARE\\A', 'a', 'key', () => {
      throw new Error('boom');
    });
    registry.defer('HKLM\\SOFTWARE\\B', 'b', 'key', () => registry.createKey('HKLM\\SOFTWARE\\B'));
    expect(() => registry.keyExists('HKLM\\SOFTWARE')).toThrow('boom');
    expect(registry.keyExists('HKLM\\SOFTWARE\\B')).toBe(true);
  });

  it('refuses a path through a link or a view (the key it names must be a stored one)', () => {
    const registry = Registry.windows();
    expect(
      thrown(() => registry.defer('HKLM\\SYSTEM\\CurrentControlSet\\X', 't', 'key', () => {})),
    ).toBeInstanceOf(InvariantError);
    expect(thrown(() => registry.defer('HKCU\\Software\\X', 't', 'key', () => {}))).toBeInstanceOf(
      InvariantError,
    );
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 12 }), fc.integer({ min: 0, max: 4 })])(
    'deferring gives the registry that writing at once gives, whatever is read in between',
    (ubrs, readAt) => {
      const now = Registry.windows();
      const later = Registry.windows();
      for (const r of [now, later]) r.createKey(VERSION);
      ubrs.forEach((ubr, i) => {
        now.setValue(VERSION, 'UBR', dword(ubr));
        later.defer(VERSION, 'os-build', 'values', () => later.setValue(VERSION, 'UBR', dword(ubr)));
        if (i % 5 === readAt) expect(later.getValue(VERSION, 'UBR')).toEqual(now.getValue(VERSION, 'UBR'));
      });
      expect(dumpRegistry(later)).toEqual(dumpRegistry(now));
    },
  );
});
