import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { binary, dword, qword, Registry, sz, type ValueData } from '../../simulators/registry/index.js';
import { InvariantError } from '../../simulators/shared/invariant.js';
import { keyName, recase, valueName } from './arbitraries.js';
import { dumpRegistry, thrown } from './helpers.js';

const KEY = 'HKLM\\SOFTWARE\\Test';

describe('Registry.windows', () => {
  it('has the keys every installation has', () => {
    const r = Registry.windows();
    for (const key of [
      'HKEY_LOCAL_MACHINE\\SOFTWARE',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Classes',
      'HKEY_LOCAL_MACHINE\\HARDWARE',
      'HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Hardware Profiles\\Current',
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet',
      'HKEY_USERS\\.DEFAULT',
      'HKEY_USERS\\S-1-5-18',
      'HKEY_CURRENT_USER',
      'HKEY_CLASSES_ROOT',
      'HKEY_CURRENT_CONFIG',
    ]) {
      expect(r.keyExists(key), key).toBe(true);
    }
    expect(r.keyExists('HKLM\\SOFTWARE\\Microsoft')).toBe(false);
    expect(r.subkeyNames('HKLM')).toEqual(['HARDWARE', 'SOFTWARE', 'SYSTEM']);
    expect(r.subkeyNames('HKLM\\SYSTEM')).toEqual(['ControlSet001', 'CurrentControlSet']);
  });

  it('links CurrentControlSet to ControlSet001 both ways', () => {
    const r = Registry.windows();
    expect(r.createKey('HKLM\\SYSTEM\\CurrentControlSet\\Services\\HIMDS')).toBe('created');
    expect(r.keyExists('HKLM\\SYSTEM\\ControlSet001\\Services\\HIMDS')).toBe(true);
    expect(r.setValue('HKLM\\SYSTEM\\ControlSet001\\Services\\HIMDS', 'Start', dword(2))).toBe(true);
    expect(r.getValue('HKLM\\SYSTEM\\CurrentControlSet\\Services\\HIMDS', 'Start')).toEqual({
      type: 'REG_DWORD',
      data: 2,
      name: 'Start',
    });
    expect(r.subkeyNames('HKLM\\SYSTEM\\CurrentControlSet')).toEqual(['Hardware Profiles', 'Services']);
  });

  it('makes HKCU a view of HKEY_USERS\\S-1-5-18, HKCR of HKLM\\SOFTWARE\\Classes and HKCC of the current hardware profile', () => {
    const r = Registry.windows();
    r.createKey('HKCU\\Software\\Vendor');
    expect(r.keyExists('HKEY_USERS\\S-1-5-18\\Software\\Vendor')).toBe(true);
    r.createKey('HKEY_CLASSES_ROOT\\.hp');
    expect(r.keyExists('HKLM\\SOFTWARE\\Classes\\.hp')).toBe(true);
    r.createKey('HKLM\\SOFTWARE\\Classes\\CLSID');
    expect(r.subkeyNames('HKCR')).toEqual(['.hp', 'CLSID']);
    r.setValue('HKCC', 'x', sz('y'));
    expect(r.getValue('HKLM\\SYSTEM\\ControlSet001\\Hardware Profiles\\Current', 'x')?.data).toBe('y');
  });
});

describe('Registry.empty', () => {
  it('has only the two stored hives, with nothing below them', () => {
    const r = Registry.empty();
    expect(r.subkeyNames('HKEY_LOCAL_MACHINE')).toEqual([]);
    expect(r.subkeyNames('HKEY_USERS')).toEqual([]);
    expect(r.keyExists('HKCU')).toBe(false);
    expect(r.values('HKCU')).toBeUndefined();
  });
});

describe('keys', () => {
  it('createKey creates missing parents and reports an existing key', () => {
    const r = Registry.windows();
    expect(r.createKey(`${KEY}\\A\\B`)).toBe('created');
    expect(r.keyExists(KEY)).toBe(true);
    expect(r.keyExists(`${KEY}\\A`)).toBe(true);
    expect(r.createKey(`${KEY}\\A\\B`)).toBe('existed');
    expect(r.createKey('HKLM\\software\\TEST\\a')).toBe('existed');
  });

  it('createKey with parents: false creates nothing under a missing parent', () => {
    const r = Registry.windows();
    const before = dumpRegistry(r);
    expect(r.createKey(`${KEY}\\A`, { parents: false })).toBeUndefined();
    expect(r.keyExists(KEY)).toBe(false);
    expect(dumpRegistry(r)).toEqual(before);
    expect(r.createKey(KEY, { parents: false })).toBe('created');
    expect(r.createKey(KEY, { parents: false })).toBe('existed');
  });

  it('createKey with parents: false sees a parent reached through a link', () => {
    const r = Registry.windows();
    expect(r.createKey('HKLM\\SYSTEM\\CurrentControlSet\\Policies', { parents: false })).toBe('created');
    expect(r.keyExists('HKLM\\SYSTEM\\ControlSet001\\Policies')).toBe(true);
  });

  it('keeps the case a key was created with', () => {
    const r = Registry.windows();
    r.createKey('HKLM\\SOFTWARE\\MixedCase');
    r.createKey('HKLM\\software\\MIXEDCASE\\Child');
    expect(r.keyName('HKLM\\SOFTWARE\\mixedcase')).toBe('MixedCase');
    expect(r.subkeyNames('HKLM\\SOFTWARE')).toEqual(['Classes', 'MixedCase']);
    expect(r.keyName('HKLM\\SOFTWARE\\nope')).toBeUndefined();
  });

  it('enumerates subkeys sorted case-insensitively, whatever the creation order', () => {
    const r = Registry.windows();
    for (const name of ['Zeta', 'alpha', 'Beta', '_under']) r.createKey(`${KEY}\\${name}`);
    expect(r.subkeyNames(KEY)).toEqual(['alpha', 'Beta', 'Zeta', '_under']);
  });

  it('reports a missing key as undefined', () => {
    const r = Registry.windows();
    expect(r.subkeyNames(KEY)).toBeUndefined();
    expect(r.values(KEY)).toBeUndefined();
    expect(r.getValue(KEY, '')).toBeUndefined();
    expect(r.keyExists(KEY)).toBe(false);
  });

  it('deleteKey without recursive refuses a key with subkeys and deletes nothing', () => {
    const r = Registry.windows();
    r.createKey(`${KEY}\\A`);
    r.setValue(KEY, 'v', dword(1));
    const before = dumpRegistry(r);
    expect(r.deleteKey(KEY)).toBe('has-subkeys');
    expect(dumpRegistry(r)).toEqual(before);
  });

  it('deleteKey deletes a leaf key with its values, and a subtree with recursive', () => {
    const r = Registry.windows();
    r.createKey(`${KEY}\\A\\B`);
    r.setValue(`${KEY}\\A\\B`, 'v', dword(1));
    expect(r.deleteKey(`${KEY}\\a\\b`)).toBe('deleted');
    expect(r.keyExists(`${KEY}\\A\\B`)).toBe(false);
    expect(r.keyExists(`${KEY}\\A`)).toBe(true);
    r.createKey(`${KEY}\\A\\C`);
    expect(r.deleteKey(KEY, { recursive: true })).toBe('deleted');
    expect(r.keyExists(KEY)).toBe(false);
    expect(r.keyExists('HKLM\\SOFTWARE')).toBe(true);
    expect(r.deleteKey(KEY)).toBe('not-found');
    expect(r.deleteKey(`${KEY}\\A`, { recursive: true })).toBe('not-found');
  });

  it('deleteKey refuses every hive root, HKCU and HKCR included, and deletes nothing', () => {
    const r = Registry.windows();
    const before = dumpRegistry(r);
    for (const root of ['HKLM', 'HKEY_USERS', 'HKCU', 'HKCR', 'HKCC']) {
      expect(r.deleteKey(root, { recursive: true }), root).toBe('hive-root');
    }
    expect(dumpRegistry(r)).toEqual(before);
    expect(r.keyExists('HKEY_USERS\\S-1-5-18')).toBe(true);
    expect(r.keyExists('HKLM\\SOFTWARE\\Classes')).toBe(true);
  });

  it('createLink refuses a place where a key exists', () => {
    const r = Registry.windows();
    const before = dumpRegistry(r);
    const error = thrown(() =>
      r.createLink('HKLM\\SOFTWARE', { hive: 'HKEY_LOCAL_MACHINE', segments: ['SYSTEM'] }),
    );
    expect(error).toBeInstanceOf(InvariantError);
    expect((error as Error).message).toBe(
      '[hotpatch-harness] cannot make a link where a key exists: SOFTWARE',
    );
    expect(dumpRegistry(r)).toEqual(before);
  });

  it('createLink leads to a target that is created later', () => {
    const r = Registry.windows();
    r.createLink('HKLM\\SOFTWARE\\Later', { hive: 'HKEY_LOCAL_MACHINE', segments: ['SOFTWARE', 'Target'] });
    expect(r.keyExists('HKLM\\SOFTWARE\\Later')).toBe(false);
    r.createKey('HKLM\\SOFTWARE\\Target\\Inner');
    expect(r.subkeyNames('HKLM\\SOFTWARE\\later')).toEqual(['Inner']);
  });

  it('stops at a link loop instead of hanging', () => {
    const r = Registry.empty();
    r.createLink('HKLM\\A', { hive: 'HKEY_LOCAL_MACHINE', segments: ['B'] });
    r.createLink('HKLM\\B', { hive: 'HKEY_LOCAL_MACHINE', segments: ['A'] });
    const error = thrown(() => r.keyExists('HKLM\\A\\x'));
    expect(error).toBeInstanceOf(InvariantError);
    expect((error as Error).message).toMatch(/^\[hotpatch-harness\] registry links loop at /);
  });
});

describe('values', () => {
  it('lists values in creation order; overwriting keeps the place and the first name case', () => {
    const r = Registry.windows();
    r.createKey(KEY);
    r.setValue(KEY, 'b', dword(1));
    r.setValue(KEY, 'A', sz('x'));
    r.setValue(KEY, '', sz('default'));
    r.setValue(KEY, 'B', qword(5n));
    expect(r.values(KEY)).toEqual([
      { type: 'REG_QWORD', data: 5n, name: 'b' },
      { type: 'REG_SZ', data: 'x', name: 'A' },
      { type: 'REG_SZ', data: 'default', name: '' },
    ]);
  });

  it("names the default value ''", () => {
    const r = Registry.windows();
    r.createKey(KEY);
    r.setValue(KEY, '', sz('d'));
    expect(r.getValue(KEY, '')).toEqual({ type: 'REG_SZ', data: 'd', name: '' });
    expect(r.getValue(KEY, '(default)')).toBeUndefined();
  });

  it('setValue and deleteValue report a missing key or value', () => {
    const r = Registry.windows();
    expect(r.setValue(KEY, 'v', dword(1))).toBe(false);
    expect(r.keyExists(KEY)).toBe(false);
    r.createKey(KEY);
    expect(r.deleteValue(KEY, 'v')).toBe(false);
    expect(r.setValue(KEY, 'v', dword(1))).toBe(true);
    expect(r.deleteValue(KEY, 'V')).toBe(true);
    expect(r.values(KEY)).toEqual([]);
    expect(r.deleteValue(KEY, 'v')).toBe(false);
  });

  it('refuses data that does not fit its type, and stores nothing', () => {
    const r = Registry.windows();
    r.createKey(KEY);
    const cases: Array<[unknown, string]> = [
      [
        { type: 'REG_DWORD', data: -1 },
        '[hotpatch-harness] REG_DWORD data must be an integer in 0..4294967295, got -1',
      ],
      [
        { type: 'REG_DWORD', data: 4294967296 },
        '[hotpatch-harness] REG_DWORD data must be an integer in 0..4294967295, got 4294967296',
      ],
      [
        { type: 'REG_DWORD', data: 1.5 },
        '[hotpatch-harness] REG_DWORD data must be an integer in 0..4294967295, got 1.5',
      ],
      [{ type: 'REG_QWORD', data: 1 }, '[hotpatch-harness] REG_QWORD data must be a bigint'],
      [
        { type: 'REG_QWORD', data: 2n ** 64n },
        '[hotpatch-harness] REG_QWORD data must be in 0..18446744073709551615, got 18446744073709551616',
      ],
      [{ type: 'REG_SZ', data: 5 }, '[hotpatch-harness] REG_SZ data must be a string'],
      [
        { type: 'REG_MULTI_SZ', data: ['a', 1] },
        '[hotpatch-harness] REG_MULTI_SZ data must be an array of strings',
      ],
      [{ type: 'REG_BINARY', data: [1, 2] }, '[hotpatch-harness] REG_BINARY data must be a Uint8Array'],
      [{ type: 'REG_LINK', data: '' }, '[hotpatch-harness] unknown registry value type REG_LINK'],
    ];
    for (const [data, message] of cases) {
      const error = thrown(() => r.setValue(KEY, 'v', data as ValueData));
      expect(error).toBeInstanceOf(InvariantError);
      expect((error as Error).message).toBe(message);
    }
    expect(r.values(KEY)).toEqual([]);
  });

  it('keeps a value through a link and a view', () => {
    const r = Registry.windows();
    r.createKey('HKCU\\Software');
    r.setValue('HKEY_USERS\\S-1-5-18\\Software', 'Blob', binary([1, 2, 3]));
    expect(r.getValue('HKCU\\SOFTWARE', 'blob')?.data).toEqual(Uint8Array.from([1, 2, 3]));
  });
});

describe('case-insensitive, case-preserving names', () => {
  test.prop(
    [
      keyName,
      valueName,
      fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
      fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
    ],
    { numRuns: 200 },
  )(
    'a name written in one case is found in any other and keeps its first case',
    (key, value, caseA, caseB) => {
      const r = Registry.windows();
      const path = `HKLM\\SOFTWARE\\Case\\${key}`;
      const keyVariants = [recase(key, caseA), recase(key, [true]), recase(key, [false])];
      const valueVariants = [recase(value, caseB), recase(value, [true]), recase(value, [false])];

      expect(r.createKey(path)).toBe('created');
      for (const other of keyVariants) {
        const otherPath = `hklm\\software\\CASE\\${other}`;
        expect(r.keyExists(otherPath), other).toBe(true);
        expect(r.createKey(otherPath)).toBe('existed');
        expect(r.keyName(otherPath)).toBe(key);
      }
      expect(r.subkeyNames('HKLM\\SOFTWARE\\Case')).toEqual([key]);

      const otherPath = `hklm\\software\\case\\${keyVariants[0]}`;
      r.setValue(path, value, dword(1));
      for (const other of valueVariants) {
        expect(r.getValue(otherPath, other), other).toEqual({ type: 'REG_DWORD', data: 1, name: value });
      }
      r.setValue(otherPath, valueVariants[0] ?? '', dword(2));
      expect(r.values(path)).toEqual([{ type: 'REG_DWORD', data: 2, name: value }]);
      expect(r.deleteValue(otherPath, valueVariants[1] ?? '')).toBe(true);
      expect(r.values(path)).toEqual([]);
      expect(r.deleteKey(otherPath)).toBe('deleted');
      expect(r.keyExists(path)).toBe(false);
    },
  );

  it('matches non-ASCII letters in either case', () => {
    const r = Registry.windows();
    r.createKey('HKLM\\SOFTWARE\\Ärger\\Öl');
    expect(r.keyExists('HKLM\\SOFTWARE\\äRGER\\öL')).toBe(true);
    expect(r.keyName('HKLM\\SOFTWARE\\ärger')).toBe('Ärger');
    r.setValue('HKLM\\SOFTWARE\\Ärger', 'Größe', dword(1));
    expect(r.getValue('HKLM\\SOFTWARE\\ÄRGER', 'GRÖßE')?.name).toBe('Größe');
  });

  it("tells apart names that differ only in 'ß' against 'SS', and in an astral letter's case", () => {
    const r = Registry.windows();
    r.createKey(KEY);
    r.setValue(KEY, 'Straße', dword(1));
    r.setValue(KEY, 'STRASSE', dword(2));
    r.setValue(KEY, '\u{10428}', dword(3));
    r.setValue(KEY, '\u{10400}', dword(4));
    expect(r.values(KEY)?.map((v) => v.data)).toEqual([1, 2, 3, 4]);
  });
});

type Op =
  | { readonly op: 'createKey'; readonly path: string }
  | { readonly op: 'setValue'; readonly path: string; readonly name: string; readonly data: ValueData }
  | { readonly op: 'deleteValue'; readonly path: string; readonly name: string }
  | { readonly op: 'deleteKey'; readonly path: string };

// Paths under a plain key, under a view and through a link, in varying case.
const opPath = fc
  .tuple(
    fc.constantFrom(
      'HKLM\\SOFTWARE\\T',
      'hklm\\software\\t',
      'HKCU\\Software\\T',
      'HKEY_USERS\\S-1-5-18\\software\\T',
      'HKLM\\SYSTEM\\CurrentControlSet\\Services\\T',
      'HKLM\\SYSTEM\\ControlSet001\\services\\t',
    ),
    fc.array(fc.constantFrom('A', 'a', 'B', 'C'), { maxLength: 2 }),
  )
  .map(([root, rest]) => [root, ...rest].join('\\'));

const op: fc.Arbitrary<Op> = fc.oneof(
  opPath.map((path) => ({ op: 'createKey', path }) as const),
  fc
    .tuple(opPath, fc.constantFrom('v', 'V', 'w', ''), fc.oneof(fc.nat().map(dword), fc.string().map(sz)))
    .map(([path, name, data]) => ({ op: 'setValue', path, name, data }) as const),
  fc
    .tuple(opPath, fc.constantFrom('v', 'w'))
    .map(([path, name]) => ({ op: 'deleteValue', path, name }) as const),
  opPath.map((path) => ({ op: 'deleteKey', path }) as const),
);

function apply(r: Registry, o: Op): void {
  switch (o.op) {
    case 'createKey':
      r.createKey(o.path);
      return;
    case 'setValue':
      r.setValue(o.path, o.name, o.data);
      return;
    case 'deleteValue':
      r.deleteValue(o.path, o.name);
      return;
    case 'deleteKey':
      r.deleteKey(o.path, { recursive: true });
      return;
  }
}

/** A registry that reached its state without ever being cloned: the oracle for clones. */
function replay(ops: readonly Op[]): Registry {
  const r = Registry.windows();
  for (const o of ops) apply(r, o);
  return r;
}

describe('Registry.clone', () => {
  it('keeps writes to the clone and to the original apart', () => {
    const original = Registry.windows();
    original.createKey(`${KEY}\\Shared`);
    original.setValue(`${KEY}\\Shared`, 'v', dword(1));
    const clone = original.clone();

    clone.setValue(`${KEY}\\Shared`, 'v', dword(2));
    clone.createKey(`${KEY}\\CloneOnly`);
    original.setValue(`${KEY}\\Shared`, 'w', sz('original'));
    original.deleteKey('HKLM\\HARDWARE');

    expect(original.values(`${KEY}\\Shared`)).toEqual([
      { type: 'REG_DWORD', data: 1, name: 'v' },
      { type: 'REG_SZ', data: 'original', name: 'w' },
    ]);
    expect(clone.values(`${KEY}\\Shared`)).toEqual([{ type: 'REG_DWORD', data: 2, name: 'v' }]);
    expect(original.keyExists(`${KEY}\\CloneOnly`)).toBe(false);
    expect(clone.keyExists('HKLM\\HARDWARE')).toBe(true);
  });

  it('keeps every clone apart after the original is cloned several times', () => {
    const original = Registry.windows();
    original.createKey(KEY);
    const clones = [original.clone(), original.clone(), original.clone()];
    clones.forEach((clone, i) => {
      clone.setValue(KEY, 'who', dword(i));
    });
    original.setValue(KEY, 'who', dword(99));
    const fourth = original.clone();
    fourth.setValue(KEY, 'who', dword(4));
    original.setValue(KEY, 'who', dword(100));

    expect(clones.map((c) => c.getValue(KEY, 'who')?.data)).toEqual([0, 1, 2]);
    expect(fourth.getValue(KEY, 'who')?.data).toBe(4);
    expect(original.getValue(KEY, 'who')?.data).toBe(100);
  });

  it('gives a clone of a clone its own copy', () => {
    const a = Registry.windows();
    a.createKey(KEY);
    const b = a.clone();
    b.setValue(KEY, 'v', dword(1));
    const c = b.clone();
    c.setValue(KEY, 'v', dword(2));
    b.setValue(KEY, 'v', dword(3));
    expect([a.getValue(KEY, 'v'), b.getValue(KEY, 'v')?.data, c.getValue(KEY, 'v')?.data]).toEqual([
      undefined,
      3,
      2,
    ]);
  });

  test.prop(
    [fc.array(op, { maxLength: 8 }), fc.array(op, { maxLength: 12 }), fc.array(op, { maxLength: 12 })],
    {
      numRuns: 150,
    },
  )(
    'random writes to a clone never reach the original, nor the other way round',
    (seed, onClone, onOriginal) => {
      const original = replay(seed);
      const before = dumpRegistry(original);
      const clone = original.clone();
      expect(dumpRegistry(clone)).toEqual(before);

      for (const o of onClone) apply(clone, o);
      expect(dumpRegistry(original)).toEqual(before);
      const cloneState = dumpRegistry(clone);
      expect(cloneState).toEqual(dumpRegistry(replay([...seed, ...onClone])));

      for (const o of onOriginal) apply(original, o);
      expect(dumpRegistry(clone)).toEqual(cloneState);
      expect(dumpRegistry(original)).toEqual(dumpRegistry(replay([...seed, ...onOriginal])));
    },
  );

  const step = fc.oneof(fc.record({ clone: fc.nat() }), fc.record({ target: fc.nat(), op }));

  test.prop([fc.array(step, { maxLength: 30 })], { numRuns: 150 })(
    'any mix of clones and writes leaves each registry as if it had been written alone',
    (steps) => {
      const registries: Array<{ registry: Registry; history: Op[] }> = [
        { registry: Registry.windows(), history: [] },
      ];
      for (const s of steps) {
        if ('clone' in s) {
          const from = registries[s.clone % registries.length];
          if (from) registries.push({ registry: from.registry.clone(), history: [...from.history] });
        } else {
          const to = registries[s.target % registries.length];
          if (to) {
            apply(to.registry, s.op);
            to.history.push(s.op);
          }
        }
      }
      for (const { registry, history } of registries) {
        expect(dumpRegistry(registry)).toEqual(dumpRegistry(replay(history)));
      }
    },
  );
});
