import { isMap, isScalar, isSeq } from 'yaml';

/** Where a mapping key sits: the path of its mapping and the key's text. */
export interface KeyPlace {
  path: (string | number)[];
  key: string;
}

/** Finds the mapping key whose text starts at `offset` (where yaml reports a duplicate key). */
export function keyAt(node: unknown, offset: number, path: (string | number)[] = []): KeyPlace | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (pair.key.range?.[0] === offset) return { path, key };
      const found = keyAt(pair.value, offset, [...path, key]);
      if (found) return found;
    }
  } else if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) {
      const found = keyAt(item, offset, [...path, i]);
      if (found) return found;
    }
  }
  return undefined;
}
