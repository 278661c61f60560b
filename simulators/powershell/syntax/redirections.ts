import type { Redirection } from './ast.js';
import type { SyntaxNode } from './grammar.js';
import { type LowerContext, meaningful } from './lower-context.js';

const STREAMS: Record<string, Redirection['stream']> = {
  '': 'output',
  '1': 'output',
  '2': 'error',
  '3': 'warning',
  '4': 'verbose',
  '5': 'debug',
  '6': 'information',
  '*': 'all',
};

/**
 * DOC (about_Redirection): the redirections the host emulates: any stream to `$null` (discarded),
 * `2>&1` (errors become output objects) and `*>&1` (every stream into the output; the engine takes
 * it only on native programs). Writing to files is not emulated: the host has no file system.
 */
export function redirectionOf(L: LowerContext, node: SyntaxNode): Redirection {
  const [operator, target] = meaningful(node);
  const op = operator?.text ?? '';
  if (operator?.type === 'merging_redirection_operator') {
    if (op === '2>&1') return { stream: 'error', target: 'output' };
    if (op === '*>&1') return { stream: 'all', target: 'output' };
    return L.unsupported(node, `redirection '${op}'`);
  }
  const stream = STREAMS[op.replace(/>+$/, '')];
  if (stream && target && /^\$null$/i.test(target.text.trim())) return { stream, target: 'null' };
  return L.unsupported(node, `redirection '${node.text}' (only to $null)`);
}
