import type { WqlCondition, WqlLiteral, WqlOperator } from './ast.js';
import type { TokenStream } from './token-stream.js';

const OPERATORS = new Set(['=', '<>', '!=', '<', '>', '<=', '>=']);
const FLIP: Readonly<Record<WqlOperator, WqlOperator>> = {
  '=': '=',
  '<>': '<>',
  '<': '>',
  '>': '<',
  '<=': '>=',
  '>=': '<=',
};
const isConstantWord = (word: string) => /^(true|false)$/i.test(word);

/** A WHERE condition: OR binds loosest, then AND, then NOT (DOC: SQL precedence, which WQL keeps). */
export function parseCondition(s: TokenStream): WqlCondition {
  let left = and(s);
  while (s.acceptKeyword('OR')) left = { kind: 'or', left, right: and(s) };
  return left;
}

function and(s: TokenStream): WqlCondition {
  let left = not(s);
  while (s.acceptKeyword('AND')) left = { kind: 'and', left, right: not(s) };
  return left;
}

function not(s: TokenStream): WqlCondition {
  return s.acceptKeyword('NOT') ? { kind: 'not', condition: not(s) } : primary(s);
}

function primary(s: TokenStream): WqlCondition {
  if (s.accept('(')) {
    const inner = parseCondition(s);
    return s.accept(')') ? inner : s.fail();
  }
  const first = s.peek();
  if (first?.kind === 'word' && !isConstantWord(first.text)) return predicate(s, s.word());
  // A constant first: `'x' = Name` means `Name = 'x'` (INFER: WQL takes either order).
  const literal = readLiteral(s);
  const operator = readOperator(s);
  return { kind: 'compare', property: s.word(), operator: FLIP[operator], literal };
}

function predicate(s: TokenStream, property: string): WqlCondition {
  if (s.acceptKeyword('LIKE')) {
    const t = s.next();
    return t.kind === 'string' ? { kind: 'like', property, pattern: t.value } : s.fail();
  }
  // IS and IS NOT take only NULL (DOC: WQL operators).
  if (s.acceptKeyword('IS')) {
    const negated = s.acceptKeyword('NOT');
    s.keyword('NULL');
    return { kind: 'null', property, negated };
  }
  return { kind: 'compare', property, operator: readOperator(s), literal: readLiteral(s) };
}

function readOperator(s: TokenStream): WqlOperator {
  const t = s.next();
  if (t.kind !== 'symbol' || !OPERATORS.has(t.text)) s.fail();
  return t.text === '!=' ? '<>' : (t.text as WqlOperator);
}

function readLiteral(s: TokenStream): WqlLiteral {
  const t = s.next();
  if (t.kind === 'string' || t.kind === 'number') return t;
  if (t.kind === 'word' && isConstantWord(t.text)) return { kind: 'boolean', value: /^true$/i.test(t.text) };
  return s.fail();
}
