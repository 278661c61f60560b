import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  binary,
  exportRegFile,
  importRegFile,
  multiSz,
  Registry,
  sameValueData,
  sz,
} from '../../../simulators/registry/index.js';
import { type KeyTree, keysOf, keyTree } from '../arbitraries.js';

const ROOT = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\RoundTrip';

function build(tree: KeyTree): Registry {
  const r = Registry.windows();
  for (const [path, key] of keysOf(ROOT, tree)) {
    r.createKey(path);
    for (const [name, data] of key.values) r.setValue(path, name, data);
  }
  return r;
}

/** Checks that `r` holds exactly the generated tree: names, order, types and data. */
function expectHolds(r: Registry, tree: KeyTree): void {
  for (const [path, key] of keysOf(ROOT, tree)) {
    const values = r.values(path);
    expect(values, path).toBeDefined();
    expect(values?.map((v) => v.name)).toEqual(key.values.map(([name]) => name));
    key.values.forEach(([name, data], i) => {
      const got = values?.[i];
      expect(got && sameValueData(got, data), `${path} ${JSON.stringify(name)}`).toBe(true);
    });
    expect(new Set(r.subkeyNames(path))).toEqual(new Set(key.subkeys.map(([name]) => name)));
  }
}

describe('.reg round trip', () => {
  for (const encoding of ['utf16le', 'utf8'] as const) {
    test.prop([keyTree], { numRuns: 100 })(
      `export (${encoding}), import into a fresh registry, export again: same bytes, same values`,
      (tree) => {
        const original = build(tree);
        const first = exportRegFile(original, [ROOT], { encoding });
        const copy = Registry.windows();
        importRegFile(copy, first, 'roundtrip.reg');
        const second = exportRegFile(copy, [ROOT], { encoding });
        expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
        expectHolds(copy, tree);
      },
    );
  }

  it('keeps the values a hand-picked file needs most', () => {
    const tree: KeyTree = {
      values: [
        ['', sz('he said "hi"\\ \0 and\r\nleft')],
        ['a;b', sz('C:\\x;D:\\y')],
        ['empty list', multiSz([])],
        ['one empty string', multiSz([''])],
        ['long', binary(Array.from({ length: 150 }, (_, i) => i))],
        ['empty', binary([])],
      ],
      subkeys: [['Sub ;"=', { values: [], subkeys: [] }]],
    };
    for (const encoding of ['utf16le', 'utf8'] as const) {
      const copy = Registry.windows();
      importRegFile(copy, exportRegFile(build(tree), [ROOT], { encoding }));
      expectHolds(copy, tree);
    }
  });
});
