import type { Expr } from './ast.js';
import type { Extent } from './extent.js';
import { parseTree } from './grammar.js';
import { LowerContext, meaningful } from './lower-context.js';
import { lowerPipelineStatement } from './lower-statements.js';

/**
 * INFER (tried against tree-sitter-powershell 0.26): re-parses a piece of a script on its own and lowers it as one expression, for the few places
 * where tree-sitter-powershell reads an expression as a bare word. `mapExtent` takes the piece's
 * extents back to the script's lines and columns. Undefined when the piece is not one expression.
 */
export function lowerSnippet(
  L: LowerContext,
  text: string,
  mapExtent: (extent: Extent) => Extent,
): Expr | undefined {
  const root = parseTree(text);
  const statements = meaningful(meaningful(root)[0] ?? root);
  const pipeline = statements[0];
  if (root.hasError || statements.length !== 1 || !pipeline) return undefined;
  const lowered = lowerPipelineStatement(new LowerContext(text, L.file, mapExtent), pipeline);
  const element =
    lowered.kind === 'pipeline' && lowered.elements.length === 1 ? lowered.elements[0] : undefined;
  return element?.kind === 'expr' ? element.expr : undefined;
}

/** Maps extents of a snippet cut from the script at `origin` (same text, same length). */
export function offsetFrom(origin: Extent): (extent: Extent) => Extent {
  return (e) => ({
    line: origin.line + e.line - 1,
    column: e.line === 1 ? origin.column + e.column - 1 : e.column,
    endLine: origin.line + e.endLine - 1,
    endColumn: e.endLine === 1 ? origin.column + e.endColumn - 1 : e.endColumn,
    start: origin.start + e.start,
    end: origin.start + e.end,
  });
}
