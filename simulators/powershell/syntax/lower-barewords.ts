import type { Expr } from './ast.js';
import type { SyntaxNode } from './grammar.js';
import type { LowerContext } from './lower-context.js';
import { lowerExpr } from './lower-expressions.js';

/** Arrays built from comma-joined words, which a later `,word` extends rather than nests. */
export const CONTINUED = new WeakSet<Expr>();

/** The items a `,b` word or a unary-comma expression adds to the previous argument, if it is one. */
export function continuation(L: LowerContext, part: SyntaxNode): Expr[] | undefined {
  if (part.type === 'generic_token' && part.text.startsWith(',')) {
    return part.text
      .slice(1)
      .split(',')
      .map((word) => bareword(L, part, word));
  }
  if (!part.text.startsWith(',')) return undefined;
  const value = lowerExpr(L, part);
  if (value.kind !== 'array') return undefined;
  if (part.type === 'expression_with_unary_operator') return [...value.items];
  // `, @{a=1}, @{b=2}`: an array whose first item is the unary comma's one-item array.
  const [first, ...rest] = value.items;
  return first?.kind === 'array' && first.items.length === 1 ? [...first.items, ...rest] : undefined;
}

/** An argument: a bare word is a string (a number when it reads as one); anything else an expression. */
export function argumentExpr(L: LowerContext, node: SyntaxNode): Expr {
  if (node.type !== 'generic_token') return lowerExpr(L, node);
  const words = node.text.split(',');
  if (words.length > 1 && !node.text.startsWith(',')) {
    const value: Expr = {
      kind: 'array',
      items: words.map((word) => bareword(L, node, word)),
      ext: L.ext(node),
    };
    CONTINUED.add(value);
    return value;
  }
  return bareword(L, node, node.text);
}

/** DOC (about_Parsing, argument mode): a bare word is a string. */
function bareword(L: LowerContext, node: SyntaxNode, word: string): Expr {
  if (/[$`]/.test(word))
    return L.unsupported(node, `bare word with a variable or escape inside (${word}); quote it`);
  if (word.includes('>')) return L.unsupported(node, `redirection '${word}'`);
  return { kind: 'constant', value: word, bareword: true, ext: L.ext(node) };
}
