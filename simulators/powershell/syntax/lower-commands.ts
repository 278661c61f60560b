import type { CommandAst, Expr, PipelineElement } from './ast.js';
import type { SyntaxNode } from './grammar.js';
import { lowerElements } from './lower-command-elements.js';
import { childOfType, type LowerContext, meaningful } from './lower-context.js';
import { lowerExpr } from './lower-expressions.js';
import { lowerNumberLedCommand } from './number-led-command.js';

/** A command: `Name args`, `& expr args` or `. expr args`. */
export function lowerCommand(L: LowerContext, node: SyntaxNode): PipelineElement {
  const nameNode = node.childForFieldName('command_name') ?? L.parseError(node, 'Missing command name');
  const operator = childOfType(node, 'command_invokation_operator');
  const elementsNode = childOfType(node, 'command_elements');
  if (!operator && /^[0-9.]/.test(nameNode.text)) return lowerNumberLedCommand(L, node, nameNode);
  const { elements, redirections } = elementsNode
    ? lowerElements(L, elementsNode)
    : { elements: [], redirections: [] };
  const command: CommandAst = {
    kind: 'command',
    name: operator ? invokedName(L, nameNode) : nameNode.text,
    ...(operator ? { invocation: operator.text as '&' | '.' } : {}),
    nameExt: L.ext(nameNode),
    elements,
    redirections,
    ext: L.ext(node),
  };
  return command;
}

/** After `&` or `.`: a script block, a variable, a string or a bare command name. */
function invokedName(L: LowerContext, node: SyntaxNode): string | Expr {
  const inner = meaningful(node)[0];
  if (!inner) return node.text;
  if (inner.type === 'path_command_name') {
    const parts = meaningful(inner);
    return parts.length === 1 && parts[0]?.type === 'variable' ? lowerExpr(L, parts[0]) : inner.text;
  }
  if (inner.type === 'command_name') return inner.text;
  return lowerExpr(L, inner);
}
