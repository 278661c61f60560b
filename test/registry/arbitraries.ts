import { fc } from '@fast-check/vitest';
import {
  binary,
  dword,
  expandSz,
  foldName,
  multiSz,
  none,
  qword,
  sz,
  type ValueData,
} from '../../simulators/registry/index.js';

/** Characters a .reg file has to escape or that tempt a parser: quotes, backslashes, comment marks, line breaks, NUL. */
const TRICKY = [
  '"',
  '\\',
  ';',
  '=',
  '@',
  '[',
  ']',
  ' ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\0',
  'ä',
  'Ä',
  'ß',
  '€',
  '😀',
];

/** One character of string data: anything well-formed, with the tricky ones often. */
const dataChar = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);

/** String data for REG_SZ and REG_EXPAND_SZ. */
export const stringData = fc.string({ unit: dataChar, maxLength: 30 });

/** One string of a REG_MULTI_SZ: anything but NUL, which ends it. */
export const multiItem = fc.string({
  unit: dataChar.filter((c) => !c.includes('\0')),
  maxLength: 12,
});

/** Value data of all seven types, including empty lists and binary data long enough to wrap. */
export const valueData: fc.Arbitrary<ValueData> = fc.oneof(
  stringData.map(sz),
  stringData.map(expandSz),
  fc.array(multiItem, { maxLength: 5 }).map(multiSz),
  fc.integer({ min: 0, max: 0xffff_ffff }).map(dword),
  fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map(qword),
  fc.oneof(fc.uint8Array({ maxLength: 8 }), fc.uint8Array({ minLength: 101, maxLength: 300 })).map(binary),
  fc.uint8Array({ maxLength: 40 }).map(none),
);

/** A value name a .reg file can carry (no line breaks or NUL), including the default value ''. */
export const valueName = fc.oneof(
  { arbitrary: fc.constant(''), weight: 1 },
  {
    arbitrary: fc.string({
      unit: dataChar.filter((c) => !/[\0\r\n]/.test(c)),
      minLength: 1,
      maxLength: 16,
    }),
    weight: 6,
  },
);

/** A key name a .reg file's [header] can carry: no backslash or brackets, at least one character. */
export const keyName = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom(
        'a',
        'B',
        'z',
        'Q',
        '0',
        '-',
        '_',
        '.',
        ' ',
        ';',
        '"',
        '=',
        '@',
        '/',
        '{',
        '}',
        'ä',
        'Ä',
        'é',
        'ß',
        '😀',
      ),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    ),
    minLength: 1,
    maxLength: 10,
  })
  .filter((name) => !/[\\[\]\0\r\n]/.test(name) && name.trim() !== '');

/** A generated key: its values in creation order and its subkeys. */
export interface KeyTree {
  readonly values: ReadonlyArray<readonly [string, ValueData]>;
  readonly subkeys: ReadonlyArray<readonly [string, KeyTree]>;
}

const values = fc.uniqueArray(fc.tuple(valueName, valueData), {
  selector: ([name]) => foldName(name),
  maxLength: 6,
});

const treeOfDepth = (depth: number): fc.Arbitrary<KeyTree> =>
  fc.record({
    values,
    subkeys:
      depth === 0
        ? fc.constant([])
        : fc.uniqueArray(fc.tuple(keyName, treeOfDepth(depth - 1)), {
            selector: ([name]) => foldName(name),
            maxLength: 3,
          }),
  });

/** A key with values, subkeys and sub-subkeys. */
export const keyTree = treeOfDepth(2);

/** Every key of a tree with its path, parents first. */
export function keysOf(root: string, tree: KeyTree): Array<readonly [string, KeyTree]> {
  return [[root, tree], ...tree.subkeys.flatMap(([name, sub]) => keysOf(`${root}\\${name}`, sub))];
}

/**
 * The same name in another case: each UTF-16 unit may be swapped for its one-unit capital or small
 * letter when both spell the same capital. Others stay: 'ß' and 'ᾠ' (whose capitals are two
 * units), and look-alikes such as the Kelvin sign, whose small letter is the ASCII 'k'.
 */
export function recase(name: string, choices: readonly boolean[]): string {
  return name
    .split('')
    .map((ch, i) => {
      const other = choices[i % choices.length] ? ch.toUpperCase() : ch.toLowerCase();
      const upper = ch.toUpperCase();
      return other.length === 1 && upper.length === 1 && other.toUpperCase() === upper ? other : ch;
    })
    .join('');
}
