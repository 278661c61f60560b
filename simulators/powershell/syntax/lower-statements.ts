import type { Expr, PipelineElement, Statement } from './ast.js';
import type { SyntaxNode } from './grammar.js';
import { lowerCommand } from './lower-commands.js';
import { type LowerContext, meaningful, tokens } from './lower-context.js';
import { lowerControl } from './lower-control.js';
import { lowerExpr } from './lower-expressions.js';

/** The statements of a `statement_list` (or of a block holding one); empty statements drop out. */
export function lowerStatements(L: LowerContext, node: SyntaxNode): Statement[] {
  if (node.type === 'statement_block') {
    const list = meaningful(node)[0];
    return list ? lowerStatements(L, list) : [];
  }
  const out: Statement[] = [];
  let label: string | undefined;
  for (const child of meaningful(node)) {
    if (child.type === 'empty_statement') continue;
    if (child.type === 'label') {
      label = child.text.slice(1);
      continue;
    }
    const statement = lowerStatement(L, child);
    out.push(label && 'body' in statement ? ({ ...statement, label } as Statement) : statement);
    label = undefined;
  }
  return out;
}

/** One statement of any kind. */
export function lowerStatement(L: LowerContext, node: SyntaxNode): Statement {
  switch (node.type) {
    case 'pipeline':
      return lowerPipelineStatement(L, node);
    case 'empty_statement':
      return { kind: 'pipeline', elements: [], ext: L.ext(node) };
    default:
      return lowerControl(L, node);
  }
}

/** A `pipeline` node: an assignment, or a chain of an expression or commands joined by `|`. */
export function lowerPipelineStatement(L: LowerContext, node: SyntaxNode): Statement {
  if (node.type !== 'pipeline') return lowerStatement(L, node);
  const parts = meaningful(node);
  const first = parts[0];
  if (!first) return L.parseError(node, 'An empty pipe element is not allowed.');
  if (first.type === 'assignment_expression') return assignment(L, first);
  if (parts.length > 1) {
    // 3P: Windows PowerShell 5.1 has no pipeline chain operators (they came in PowerShell 7).
    const tail = parts.find((part) => part.type === 'pipeline_chain_tail') ?? node;
    return L.parseError(tail, `The token '${tail.text}' is not a valid statement separator in this version.`);
  }
  return { kind: 'pipeline', elements: chain(L, first), ext: L.ext(node) };
}

function chain(L: LowerContext, node: SyntaxNode): PipelineElement[] {
  const elements: PipelineElement[] = [];
  for (const part of meaningful(node)) {
    if (part.type === 'command') elements.push(lowerCommand(L, part));
    else if (part.type === 'redirections' || part.type === 'verbatim_command_argument')
      L.unsupported(part, 'redirection of an expression');
    else elements.push({ kind: 'expr', expr: lowerExpr(L, part), ext: L.ext(part) });
  }
  return elements;
}

/** `target op value`; the value is any statement (`$x = if (...) {...}` works in 5.1). */
function assignment(L: LowerContext, node: SyntaxNode): Statement {
  const [left, operator, value] = meaningful(node);
  if (!left || !operator || !value) return L.parseError(node, 'Missing expression after =');
  const op = tokens(operator)[0]?.type ?? operator.text;
  if (op === '!=') return L.parseError(operator, "Unexpected token '!=' in expression or statement.");
  const target = lowerExpr(L, left);
  checkTarget(L, left, target);
  return { kind: 'assign', target, op, value: lowerStatement(L, value), ext: L.ext(node) };
}

function checkTarget(L: LowerContext, node: SyntaxNode, target: Expr): void {
  const ok = (expr: Expr): boolean =>
    expr.kind === 'variable' ||
    expr.kind === 'member' ||
    expr.kind === 'index' ||
    (expr.kind === 'cast' && expr.operand.kind === 'variable');
  if (ok(target) || (target.kind === 'array' && target.items.every(ok))) return;
  L.parseError(
    node,
    'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.',
  );
}
