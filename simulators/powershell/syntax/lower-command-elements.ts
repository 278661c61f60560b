import type { CommandElement, Expr, Redirection } from './ast.js';
import { spanOf } from './extent.js';
import type { SyntaxNode } from './grammar.js';
import { argumentExpr, CONTINUED, continuation } from './lower-barewords.js';
import type { LowerContext } from './lower-context.js';
import { argumentList } from './lower-primary.js';
import { redirectionOf } from './redirections.js';

/**
 * DOC (about_Parsing, argument mode): the parameters and arguments after the command name. Tree-sitter leaves a few shapes to
 * interpret: `-Name:value` is a parameter, a `:` separator and the value; `a,b` of bare words is
 * `a` then `,b`; `Name, @{...}` is `Name` then a unary comma. Both continue the previous argument
 * into an array, as PowerShell reads a comma in argument mode.
 */
export function lowerElements(L: LowerContext, node: SyntaxNode) {
  const elements: CommandElement[] = [];
  const redirections: Redirection[] = [];
  const parts = node.children.filter(
    (child): child is SyntaxNode => child !== null && child.type !== 'comment',
  );
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as SyntaxNode;
    if (part.type === 'command_argument_sep') continue;
    if (part.type === 'command_parameter') {
      const colon = parts[i + 1]?.type === 'command_argument_sep' && parts[i + 1]?.text === ':';
      const name = part.text.replace(/^-/, '');
      if (!colon) {
        elements.push({ kind: 'parameter', name, text: part.text, ext: L.ext(part) });
        continue;
      }
      let j = i + 2;
      while (parts[j]?.type === 'command_argument_sep') j++;
      const valueNode = parts[j] ?? L.parseError(part, `Missing an argument for parameter '${name}'.`);
      const argument = argumentExpr(L, valueNode);
      elements.push({
        kind: 'parameter',
        name,
        argument,
        text: `${part.text}:`,
        ext: spanOf(L.ext(part), L.ext(valueNode)),
      });
      i = j;
      continue;
    }
    if (part.type === 'redirection') {
      redirections.push(redirectionOf(L, part));
      continue;
    }
    if (part.type === 'argument_list') {
      // tree-sitter-powershell#48: `$x.M(1)` as an argument arrives as `$x.M` then `(1)`.
      const previous = elements.pop();
      if (previous?.kind !== 'argument' || previous.value.kind !== 'member')
        return L.unsupported(part, 'argument list after a command argument');
      const { target, name, isStatic } = previous.value;
      const ext = spanOf(previous.ext, L.ext(part));
      elements.push({
        kind: 'argument',
        value: { kind: 'invoke', target, name, args: argumentList(L, part), isStatic, ext },
        ext,
      });
      continue;
    }
    if (part.type === 'generic_token' && /^[1-6*]?>>?\$null$/i.test(part.text)) {
      // The grammar reads `2>$null` (no space) as a word; it is a redirection to $null.
      redirections.push({ stream: streamOf(part.text[0] ?? '1'), target: 'null' });
      continue;
    }
    const continued = continuation(L, part);
    const previous = elements[elements.length - 1];
    if (continued && previous?.kind === 'argument') {
      const items =
        CONTINUED.has(previous.value) && previous.value.kind === 'array'
          ? previous.value.items
          : [previous.value];
      const ext = spanOf(previous.ext, L.ext(part));
      const value: Expr = { kind: 'array', items: [...items, ...continued], ext };
      CONTINUED.add(value);
      elements[elements.length - 1] = { kind: 'argument', value, ext };
      continue;
    }
    const value = argumentExpr(L, part);
    if (value.kind === 'splat') elements.push({ kind: 'splat', name: value.name, ext: value.ext });
    else elements.push({ kind: 'argument', value, ext: L.ext(part) });
  }
  return { elements, redirections };
}

const streamOf = (digit: string): Redirection['stream'] =>
  (
    ({
      '1': 'output',
      '>': 'output',
      '2': 'error',
      '3': 'warning',
      '4': 'verbose',
      '5': 'debug',
      '6': 'information',
      '*': 'all',
    }) as const
  )[digit as '1'] ?? 'output';
