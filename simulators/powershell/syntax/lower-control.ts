import type { IfClause, Statement } from './ast.js';
import type { SyntaxNode } from './grammar.js';
import { childOfType, type LowerContext, meaningful, tokens } from './lower-context.js';
import { lowerExpr } from './lower-expressions.js';
import { lowerFunction } from './lower-script-block.js';
import { lowerPipelineStatement, lowerStatements } from './lower-statements.js';
import { lowerSwitch, lowerTry } from './lower-switch-try.js';

/** DOC (about_If, about_Foreach, about_For, about_While, about_Do, about_Break): if, loops, switch, try, function definitions and flow control. */
export function lowerControl(L: LowerContext, node: SyntaxNode): Statement {
  const ext = L.ext(node);
  const parts = meaningful(node);
  const block = (n: SyntaxNode | undefined) => (n ? lowerStatements(L, n) : []);
  const pipe = (n: SyntaxNode | undefined) =>
    lowerPipelineStatement(L, n ? unwrapCondition(n) : L.parseError(node, 'Missing condition'));
  switch (node.type) {
    case 'if_statement':
      return lowerIf(L, node);
    case 'while_statement':
      return { kind: 'while', cond: pipe(parts[0]), body: block(parts[1]), ext };
    case 'do_statement': {
      const until = tokens(node).some((token) => token.type === 'until');
      return { kind: 'do', until, body: block(parts[0]), cond: pipe(parts[1]), ext };
    }
    case 'for_statement': {
      const field = (name: string) => node.childForFieldName(name) ?? undefined;
      const part = (name: string) => (field(name) ? pipe(field(name)) : undefined);
      const body = parts.find((p) => p.type === 'statement_block');
      return {
        kind: 'for',
        init: part('for_initializer'),
        cond: part('for_condition'),
        iter: part('for_iterator'),
        body: block(body),
        ext,
      };
    }
    case 'foreach_statement': {
      if (childOfType(node, 'foreach_parameter')) return L.unsupported(node, 'foreach -parallel');
      const [variable, collection, body] = parts;
      const target = variable ? lowerExpr(L, variable) : undefined;
      if (target?.kind !== 'variable') return L.parseError(node, 'Missing variable name after foreach.');
      return { kind: 'foreach', variable: target, collection: pipe(collection), body: block(body), ext };
    }
    case 'switch_statement':
      return lowerSwitch(L, node);
    case 'try_statement':
      return lowerTry(L, node);
    case 'function_statement':
      return lowerFunction(L, node);
    case 'flow_control_statement':
      return flow(L, node);
    default:
      return L.unsupported(node);
  }
}

/** while/for conditions wrap their pipeline in a named node. */
function unwrapCondition(node: SyntaxNode): SyntaxNode {
  return /^(while_condition|for_initializer|for_condition|for_iterator)$/.test(node.type)
    ? (meaningful(node)[0] ?? node)
    : node;
}

function lowerIf(L: LowerContext, node: SyntaxNode): Statement {
  const clauses: IfClause[] = [];
  const add = (clause: SyntaxNode) => {
    const [cond, body] = meaningful(clause);
    if (!cond || !body) L.parseError(clause, 'Missing condition or statement block in if statement.');
    clauses.push({
      cond: lowerPipelineStatement(L, cond as SyntaxNode),
      body: lowerStatements(L, body as SyntaxNode),
    });
  };
  add(node);
  for (const clause of childOfType(node, 'elseif_clauses')
    ? meaningful(childOfType(node, 'elseif_clauses') as SyntaxNode)
    : []) {
    add(clause);
  }
  const otherwise = childOfType(node, 'else_clause');
  const elseBlock = otherwise ? meaningful(otherwise)[0] : undefined;
  return {
    kind: 'if',
    clauses,
    ...(elseBlock ? { otherwise: lowerStatements(L, elseBlock) } : {}),
    ext: L.ext(node),
  };
}

function flow(L: LowerContext, node: SyntaxNode): Statement {
  const keyword = tokens(node)[0]?.type as 'break' | 'continue' | 'return' | 'throw' | 'exit';
  const operand = meaningful(node)[0];
  const ext = L.ext(node);
  if (keyword === 'break' || keyword === 'continue') {
    return operand ? { kind: keyword, label: operand.text.replace(/^:/, ''), ext } : { kind: keyword, ext };
  }
  return operand ? { kind: keyword, value: lowerPipelineStatement(L, operand), ext } : { kind: keyword, ext };
}
