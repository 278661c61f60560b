import { describe, expect, it } from 'vitest';
import { dword, Registry, sz } from '../../simulators/registry/index.js';

const SERVICES = 'HKLM\\SYSTEM\\CurrentControlSet\\Services';
const HIMDS = `${SERVICES}\\himds`;

function registry(): Registry {
  const r = Registry.windows();
  r.createKey(HIMDS);
  r.setValue(HIMDS, 'Start', dword(2));
  return r;
}

describe('Registry.revision', () => {
  it('moves on every change at or below the key, whichever way the change is made', () => {
    const r = registry();
    const seen = new Set<number | undefined>([r.revision(SERVICES)]);
    const step = (change: () => void) => {
      change();
      const rev = r.revision(SERVICES);
      expect(seen.has(rev)).toBe(false);
      seen.add(rev);
    };
    step(() => r.setValue(HIMDS, 'Start', dword(3))); // in place: the key is already the registry's own
    step(() => r.createKey(`${SERVICES}\\GCArcService`));
    step(() => r.setValue(`${SERVICES}\\GCArcService`, 'Start', dword(2))); // a key just created
    step(() => r.deleteValue(HIMDS, 'Start'));
    step(() => r.deleteKey(`${SERVICES}\\GCArcService`));
    expect(r.revision(`${SERVICES}\\GCArcService`)).toBeUndefined();
  });

  it('holds while nothing below the key changes, and reads the same through the CurrentControlSet link', () => {
    const r = registry();
    const before = r.revision(SERVICES);
    r.setValue('HKLM\\SOFTWARE', 'Elsewhere', sz('x'));
    r.getValue(HIMDS, 'Start');
    expect(r.revision(SERVICES)).toBe(before);
    expect(r.revision('HKLM\\SYSTEM\\ControlSet001\\Services')).toBe(before);
  });

  it('moves on a change made in place through a view (HKCU) as through the stored hive', () => {
    const r = registry();
    r.createKey('HKCU\\Software\\Contoso');
    r.setValue('HKCU\\Software\\Contoso', 'First', sz('1'));
    const before = r.revision('HKCU\\Software');
    r.setValue('HKCU\\Software\\Contoso', 'First', sz('2')); // the key is the registry's own: in place
    expect(r.revision('HKCU\\Software')).not.toBe(before);
  });

  it('a clone keeps its own revisions: a write to one never leaves the other with a stale one', () => {
    const original = registry();
    const clone = original.clone();
    const base = original.revision(SERVICES);
    clone.setValue(HIMDS, 'Start', dword(4));
    expect(original.revision(SERVICES)).toBe(base);
    expect(clone.revision(SERVICES)).not.toBe(base);
    original.setValue(HIMDS, 'Start', dword(3));
    expect(original.revision(SERVICES)).not.toBe(base);
    expect(original.revision(SERVICES)).not.toBe(clone.revision(SERVICES));
  });
});
