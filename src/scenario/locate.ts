import { type Document, isAlias, isMap, isNode, isScalar, isSeq, type LineCounter } from 'yaml';

/** The 1-based line where `node` starts; an empty node (`key:` with no value) counts as the line before it. */
function lineOf(node: unknown, lines: LineCounter): number | undefined {
  if (!isNode(node) || node.range === undefined || node.range === null) return undefined;
  const [start, end] = node.range;
  return lines.linePos(start === end ? Math.max(0, start - 1) : start).line;
}

/**
 * Finds the line of the node at `path`. `key` asks for the line of the last key itself rather
 * than its value (an unknown key). Where the path leaves the document (a missing key), gives the
 * line of the deepest node that exists, that is, the parent mapping.
 */
export function locate(
  doc: Document,
  lines: LineCounter,
  path: readonly (string | number)[],
  key = false,
): number | undefined {
  let node: unknown = doc.contents;
  let line = lineOf(node, lines);
  for (const [i, segment] of path.entries()) {
    if (isAlias(node)) node = node.resolve(doc);
    let keyNode: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      [keyNode, node] = [pair?.key, pair?.value];
    } else {
      node = isSeq(node) && typeof segment === 'number' ? node.items[segment] : undefined;
    }
    const target = key && i === path.length - 1 ? keyNode : (node ?? keyNode);
    if (!isNode(target)) return line;
    line = lineOf(target, lines) ?? line;
  }
  return line;
}
