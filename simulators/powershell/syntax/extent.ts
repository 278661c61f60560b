import type { SyntaxNode } from './grammar.js';

/**
 * Where a piece of script sits: 1-based line and column like PowerShell's ScriptExtent, plus
 * UTF-16 offsets into the source so messages can quote the exact text.
 */
export interface Extent {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly start: number;
  readonly end: number;
}

/** The extent of a tree-sitter node (tree-sitter counts rows and UTF-16 columns from 0). */
export function extentOf(node: SyntaxNode): Extent {
  return {
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    endColumn: node.endPosition.column + 1,
    start: node.startIndex,
    end: node.endIndex,
  };
}

/** The smallest extent covering both. */
export function spanOf(first: Extent, last: Extent): Extent {
  return {
    line: first.line,
    column: first.column,
    endLine: last.endLine,
    endColumn: last.endColumn,
    start: first.start,
    end: last.end,
  };
}
