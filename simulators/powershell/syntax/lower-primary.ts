import type { Expr, HashEntry } from './ast.js';
import type { SyntaxNode } from './grammar.js';
import { type LowerContext, meaningful, tokens } from './lower-context.js';
import { lowerExpr } from './lower-expressions.js';
import { lowerStatement } from './lower-statements.js';

/** `$x.Name`, `[T]::Name`, `$x[0]`, `$x.M(args)`, `[T]::M(args)`, `$x++`, `$x--`. */
export function lowerPostfix(L: LowerContext, node: SyntaxNode): Expr {
  const parts = meaningful(node);
  const ext = L.ext(node);
  if (parts[0]?.type === 'invokation_foreach_expression') return forEachMethod(L, parts[0]);
  const target = lowerExpr(L, parts[0] ?? L.parseError(node, 'Missing expression'));
  switch (node.type) {
    case 'member_access': {
      const isStatic = tokens(node).some((token) => token.type === '::');
      return { kind: 'member', target, name: lowerMemberName(L, parts[1] ?? node), isStatic, ext };
    }
    case 'element_access':
      return {
        kind: 'index',
        target,
        index: lowerExpr(L, parts[1] ?? L.parseError(node, 'Missing array index expression')),
        ext,
      };
    case 'invokation_expression': {
      const isStatic = tokens(node).some((token) => token.type === '::');
      const args = parts[2] ? argumentList(L, parts[2]) : [];
      return { kind: 'invoke', target, name: lowerMemberName(L, parts[1] ?? node), args, isStatic, ext };
    }
    case 'post_increment_expression':
      return { kind: 'increment', op: '++', prefix: false, operand: target, ext };
    default:
      return { kind: 'increment', op: '--', prefix: false, operand: target, ext };
  }
}

/** `$x.ForEach{ ... }`: the intrinsic ForEach method with a script block argument. */
function forEachMethod(L: LowerContext, node: SyntaxNode): Expr {
  const [targetNode, blockNode] = meaningful(node);
  if (!targetNode || !blockNode) return L.parseError(node, 'Missing script block after .ForEach');
  const ext = L.ext(node);
  return {
    kind: 'invoke',
    target: lowerExpr(L, targetNode),
    name: { kind: 'constant', value: 'ForEach', ext },
    args: [lowerExpr(L, blockNode)],
    isStatic: false,
    ext,
  };
}

/** The arguments of a method call: `(a, b)`. */
export function argumentList(L: LowerContext, node: SyntaxNode): Expr[] {
  const list = meaningful(node)[0];
  return list ? meaningful(list).map((arg) => lowerExpr(L, arg)) : [];
}

/** A member name: a bare name is a string; `$x.$name` and `$x.'a b'` are expressions. */
export function lowerMemberName(L: LowerContext, node: SyntaxNode): Expr {
  const inner = node.type === 'member_name' ? meaningful(node)[0] : node;
  if (!inner) return L.parseError(node, 'Missing property name after the reference operator.');
  if (inner.type === 'simple_name') return { kind: 'constant', value: inner.text, ext: L.ext(inner) };
  return lowerExpr(L, inner);
}

/** `@{ key = value; ... }`; `[ordered]` sets `ordered`. Bare keys are strings. */
export function lowerHashtable(L: LowerContext, node: SyntaxNode, ordered: boolean): Expr {
  const body = meaningful(node)[0];
  const entries: HashEntry[] = [];
  for (const entry of body ? meaningful(body) : []) {
    const [keyNode, valueNode] = meaningful(entry);
    if (!keyNode || !valueNode) return L.parseError(entry, 'Missing statement after = in hash literal.');
    const keyInner = meaningful(keyNode)[0] ?? keyNode;
    const key: Expr =
      keyInner.type === 'simple_name'
        ? { kind: 'constant', value: keyInner.text, ext: L.ext(keyInner) }
        : lowerExpr(L, keyInner);
    // 3P (ParserStrings.DuplicateKeyInHashLiteral): constant keys may not repeat, ignoring case.
    if (
      key.kind === 'constant' &&
      entries.some(
        (e) =>
          e.key.kind === 'constant' && String(e.key.value).toLowerCase() === String(key.value).toLowerCase(),
      )
    ) {
      L.parseError(keyNode, `Duplicate keys '${key.value}' are not allowed in hash literals.`);
    }
    entries.push({ key, value: lowerStatement(L, valueNode) });
  }
  return { kind: 'hashtable', entries, ordered, ext: L.ext(node) };
}
