import type { Expr, TypeName } from './ast.js';
import type { SyntaxNode } from './grammar.js';
import { type LowerContext, meaningful } from './lower-context.js';
import { lowerExpr } from './lower-expressions.js';
import { variableToken } from './variable-token.js';

/** `[type]operand`; DOC (about_Hash_Tables): `[ordered]` applies to a hash literal only. */
export function cast(L: LowerContext, node: SyntaxNode): Expr {
  const [typeNode, operandNode] = meaningful(node);
  if (!typeNode || !operandNode) return L.parseError(node, 'Incomplete cast');
  const type = lowerType(L, typeNode);
  const operand = lowerExpr(L, operandNode);
  if (type.name.toLowerCase() === 'ordered') {
    if (operand.kind !== 'hashtable')
      return L.parseError(node, 'The ordered attribute can be specified only on a hash literal node.');
    return { ...operand, ordered: true };
  }
  return { kind: 'cast', type, operand, ext: L.ext(node) };
}

/** The one operand of a prefix operator. */
export function only(L: LowerContext, node: SyntaxNode): Expr {
  const operand = meaningful(node)[0];
  return operand ? lowerExpr(L, operand) : L.parseError(node, 'Missing operand');
}

/** DOC (about_Variables): `$x`, `${x}`, `$scope:x`, `@x` for splatting. */
export function variable(L: LowerContext, node: SyntaxNode): Expr {
  const token = variableToken(node.text);
  const ext = L.ext(node);
  if (token.unsupportedQualifier)
    return L.unsupported(node, `variable qualifier '${token.unsupportedQualifier}:'`);
  if (token.splat) return { kind: 'splat', name: token.name, ext };
  return token.scope
    ? { kind: 'variable', name: token.name, scope: token.scope, ext }
    : { kind: 'variable', name: token.name, ext };
}

/** `[name]` as written; the type is resolved when the script runs. */
export function lowerType(L: LowerContext, node: SyntaxNode): TypeName {
  const spec = meaningful(node)[0];
  return { name: (spec ?? node).text.replace(/\s+/g, ''), ext: L.ext(node) };
}
