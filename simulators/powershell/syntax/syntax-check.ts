import type { SyntaxNode } from './grammar.js';
import { firstLine } from './lower-context.js';
import { ParseError } from './script-errors.js';

/**
 * The first syntax error in a tree, in source order: an ERROR node, or a MISSING token other
 * than the zero-width ones the grammar inserts in valid scripts (the `;` of an empty script
 * block `{}`, the separator in `a,b`).
 */
export function firstSyntaxError(
  root: SyntaxNode,
  source: string,
  file: string | undefined,
): ParseError | undefined {
  const stack: SyntaxNode[] = [root];
  while (stack.length) {
    const node = stack.pop() as SyntaxNode;
    if (node.isMissing && node.type !== ';' && node.type !== ' ') {
      return error(`Missing '${node.type}'`, node, source, file);
    }
    if (node.isError) return error('Unexpected token', node, source, file);
    if (!node.hasError && !node.isMissing) continue;
    const children = node.children.filter((child): child is SyntaxNode => child !== null);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as SyntaxNode);
  }
  return undefined;
}

function error(reason: string, node: SyntaxNode, source: string, file: string | undefined): ParseError {
  const text = node.text || source.slice(node.startIndex, node.startIndex + 20);
  return new ParseError(
    reason,
    file,
    node.startPosition.row + 1,
    node.startPosition.column + 1,
    firstLine(text),
  );
}
