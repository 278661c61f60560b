import type { Expr } from './ast.js';
import type { SyntaxNode } from './grammar.js';
import { type LowerContext, meaningful, tokens } from './lower-context.js';
import { cast, lowerType, only, variable } from './lower-operands.js';
import { lowerHashtable, lowerMemberName, lowerPostfix } from './lower-primary.js';
import { lowerScriptBlock } from './lower-script-block.js';
import { lowerPipelineStatement, lowerStatements } from './lower-statements.js';
import { lowerString } from './lower-strings.js';
import { numberLiteral } from './number-literal.js';

/** Expression node types that only wrap one child unless they hold a binary operator. */
const BINARY = new Set([
  'logical_expression',
  'bitwise_expression',
  'comparison_expression',
  'additive_expression',
  'multiplicative_expression',
  'format_expression',
  'range_expression',
  'logical_argument_expression',
  'bitwise_argument_expression',
  'comparison_argument_expression',
  'additive_argument_expression',
  'multiplicative_argument_expression',
  'format_argument_expression',
  'range_argument_expression',
]);

const WRAPPERS = new Set([
  'unary_expression',
  'argument_expression',
  'left_assignment_expression',
  'string_literal',
]);

/** Lowers an expression node of tree-sitter's tree. */
export function lowerExpr(L: LowerContext, node: SyntaxNode): Expr {
  const parts = meaningful(node);
  if (BINARY.has(node.type))
    return parts.length === 1 ? lowerExpr(L, parts[0] as SyntaxNode) : binary(L, node);
  if (WRAPPERS.has(node.type) && parts.length === 1) return lowerExpr(L, parts[0] as SyntaxNode);
  const ext = L.ext(node);
  switch (node.type) {
    case 'array_literal_expression':
      if (parts.length === 1) return lowerExpr(L, parts[0] as SyntaxNode);
      return { kind: 'array', items: parts.map((part) => lowerExpr(L, part)), ext };
    case 'expression_with_unary_operator':
      return unary(L, node);
    case 'cast_expression':
      return cast(L, node);
    case 'pre_increment_expression':
    case 'pre_decrement_expression':
      return {
        kind: 'increment',
        op: node.type.startsWith('pre_inc') ? '++' : '--',
        prefix: true,
        operand: only(L, node),
        ext,
      };
    case 'integer_literal':
    case 'decimal_integer_literal':
    case 'hexadecimal_integer_literal':
    case 'real_literal':
      return {
        kind: 'constant',
        value: numberLiteral(node.text) ?? L.unsupported(node, `number ${node.text}`),
        ext,
      };
    case 'expandable_string_literal':
    case 'verbatim_string_characters':
    case 'expandable_here_string_literal':
    case 'verbatim_here_string_characters':
      return lowerString(L, node);
    case 'variable':
      return variable(L, node);
    case 'type_literal':
      return { kind: 'typeLiteral', type: lowerType(L, node), ext };
    case 'parenthesized_expression':
      return {
        kind: 'paren',
        body: lowerPipelineStatement(L, parts[0] ?? L.parseError(node, 'Missing expression')),
        ext,
      };
    case 'sub_expression':
      return { kind: 'subExpr', body: parts[0] ? lowerStatements(L, parts[0]) : [], ext };
    case 'array_expression':
      return { kind: 'arrayExpr', body: parts[0] ? lowerStatements(L, parts[0]) : [], ext };
    case 'script_block_expression':
      return { kind: 'scriptBlock', block: lowerScriptBlock(L, node), ext };
    case 'hash_literal_expression':
      return lowerHashtable(L, node, false);
    case 'member_access':
    case 'element_access':
    case 'invokation_expression':
    case 'post_increment_expression':
    case 'post_decrement_expression':
      return lowerPostfix(L, node);
    case 'member_name':
      return lowerMemberName(L, node);
    default:
      return L.unsupported(node);
  }
}

/** A left-associative binary operation: tree-sitter already nests `a + b + c` as `(a + b) + c`. */
function binary(L: LowerContext, node: SyntaxNode): Expr {
  const all = node.children.filter(
    (child): child is SyntaxNode => child !== null && child.type !== 'comment',
  );
  const [left, operator, right] = all;
  if (!left || !operator || !right) return L.parseError(node, 'Incomplete expression');
  // The grammar aliases every operator keyword to its lower-case spelling, so `-EQ` reads `-eq`.
  const op = operator.isNamed ? (operator.child(0)?.type ?? operator.text).toLowerCase() : operator.type;
  if (op === '\\') return L.unsupported(operator, "operator '\\'");
  return { kind: 'binary', op, left: lowerExpr(L, left), right: lowerExpr(L, right), ext: L.ext(node) };
}

function unary(L: LowerContext, node: SyntaxNode): Expr {
  const op = tokens(node)[0];
  const operand = meaningful(node)[0];
  if (!operand) return L.parseError(node, 'Missing expression after unary operator');
  if (!op) return lowerExpr(L, operand);
  const value = lowerExpr(L, operand);
  const ext = L.ext(node);
  // DOC (about_Parsing): a negative number literal is a constant, as PowerShell's tokenizer reads `-5`.
  if (op.type === '-' && value.kind === 'constant' && typeof value.value === 'number') {
    return { kind: 'constant', value: -value.value, ext };
  }
  if (op.type === ',') return { kind: 'array', items: [value], ext };
  return { kind: 'unary', op: op.type, operand: value, ext };
}
