import type { Expr } from './ast.js';
import type { SyntaxNode } from './grammar.js';
import { type LowerContext, meaningful } from './lower-context.js';
import { lowerExpr } from './lower-expressions.js';
import {
  decodeExpandableText,
  hereStringBody,
  verbatimHereString,
  verbatimString,
} from './string-literal.js';

/**
 * A string literal of any of PowerShell's four kinds. Tree-sitter marks the `$var` and `$(...)`
 * inside double-quoted strings; the literal runs between them are decoded here. DOC
 * (about_Quoting_Rules): only `$name`, `${name}`, `$scope:name` and `$( )` expand; `$x.Prop` is
 * `$x` followed by the text `.Prop`.
 */
export function lowerString(L: LowerContext, node: SyntaxNode): Expr {
  const ext = L.ext(node);
  switch (node.type) {
    case 'string_literal':
      return lowerString(L, meaningful(node)[0] ?? L.unsupported(node, 'empty string literal'));
    case 'verbatim_string_characters':
      return { kind: 'constant', value: verbatimString(node.text), ext };
    case 'verbatim_here_string_characters':
      return { kind: 'constant', value: verbatimHereString(node.text), ext };
    case 'expandable_string_literal':
      return expandable(L, node, 1, node.text.length - 1, true);
    case 'expandable_here_string_literal': {
      const body = hereStringBody(node.text);
      const start = node.text.indexOf('\n') + 1;
      return expandable(L, node, start, start + body.length, false);
    }
    default:
      return L.unsupported(node);
  }
}

/** Splits a double-quoted string into literal runs and embedded expressions. */
function expandable(L: LowerContext, node: SyntaxNode, from: number, to: number, doubled: boolean): Expr {
  const parts: (string | Expr)[] = [];
  let at = from;
  for (const child of meaningful(node)) {
    const start = child.startIndex - node.startIndex;
    const end = child.endIndex - node.startIndex;
    if (start < from || end > to) continue;
    if (start > at) parts.push(decodeExpandableText(node.text.slice(at, start), doubled));
    parts.push(lowerExpr(L, child));
    at = end;
  }
  if (to > at) parts.push(decodeExpandableText(node.text.slice(at, to), doubled));
  const ext = L.ext(node);
  if (parts.every((part) => typeof part === 'string'))
    return { kind: 'constant', value: parts.join(''), ext };
  return { kind: 'expandable', parts, ext };
}
