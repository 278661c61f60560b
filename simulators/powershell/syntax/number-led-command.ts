import type { PipelineElement } from './ast.js';
import type { Extent } from './extent.js';
import type { SyntaxNode } from './grammar.js';
import type { LowerContext } from './lower-context.js';
import { numberLiteral } from './number-literal.js';
import { lowerSnippet } from './snippet.js';

/**
 * INFER (tried against tree-sitter-powershell 0.26): the grammar reads a statement that starts with a number but is not a plain literal
 * (`1..5`, `1MB`, `0..($n-1)`) as a command named `1..5`. PowerShell reads it as an expression.
 * A number with an upper-case suffix is decoded here; a range is re-parsed with spaces around
 * its first `..` (which the grammar reads as a range) and mapped back to the script's columns.
 */
export function lowerNumberLedCommand(L: LowerContext, node: SyntaxNode, name: SyntaxNode): PipelineElement {
  const ext = L.ext(node);
  const value = numberLiteral(name.text);
  if (value !== undefined && node.text.trim() === name.text)
    return { kind: 'expr', expr: { kind: 'constant', value, ext }, ext };
  const dots = node.text.indexOf('..');
  if (dots <= 0) return L.unsupported(node, `command name starting with a digit (${name.text})`);
  const snippet = `${node.text.slice(0, dots)} .. ${node.text.slice(dots + 2)}`;
  const expr = lowerSnippet(L, snippet, (e) => mapSnippetExtent(ext, dots, e));
  return expr ? { kind: 'expr', expr, ext } : L.parseError(node, 'Unexpected token in expression');
}

/** Maps an extent in a snippet that starts at `origin` back to the script (undoing the 2 inserted spaces). */
function mapSnippetExtent(origin: Extent, dots: number, e: Extent): Extent {
  const shift = (offset: number) => (offset > dots + 1 ? offset - 2 : Math.min(offset, dots));
  const column = (line: number, col: number) => (line === 1 ? origin.column + shift(col - 1) : col);
  return {
    line: origin.line + e.line - 1,
    column: column(e.line, e.column),
    endLine: origin.line + e.endLine - 1,
    endColumn: column(e.endLine, e.endColumn),
    start: origin.start + shift(e.start),
    end: origin.start + shift(e.end),
  };
}
