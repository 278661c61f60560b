import type { ParamAst, ScriptBlockAst, Statement } from './ast.js';
import type { SyntaxNode } from './grammar.js';
import { childOfType, type LowerContext, meaningful, tokens } from './lower-context.js';
import { lowerParams } from './lower-params.js';
import { lowerStatements } from './lower-statements.js';

/**
 * A script block's parts: an optional param block and either plain statements (the `end`
 * block) or named begin/process/end blocks. Works for `{ ... }`, function bodies and programs.
 */
export function lowerScriptBlock(L: LowerContext, node: SyntaxNode, extra: ParamAst[] = []): ScriptBlockAst {
  let params = extra;
  let advanced = false;
  const named: Partial<Record<'begin' | 'process' | 'end', Statement[]>> = {};
  let end: Statement[] = [];
  const visit = (part: SyntaxNode) => {
    switch (part.type) {
      case 'param_block': {
        const lowered = lowerParams(L, part);
        params = [...params, ...lowered.params];
        advanced = lowered.advanced;
        break;
      }
      case 'script_block':
      case 'script_block_body':
        for (const inner of meaningful(part)) visit(inner);
        break;
      case 'statement_list':
        end = lowerStatements(L, part);
        break;
      case 'named_block_list':
        for (const block of meaningful(part)) {
          const name = tokens(childOfType(block, 'block_name') ?? block)[0]?.type ?? '';
          if (name !== 'begin' && name !== 'process' && name !== 'end') L.unsupported(block, `${name} block`);
          named[name as 'begin' | 'process' | 'end'] = lowerStatements(
            L,
            childOfType(block, 'statement_block') ?? block,
          );
        }
        break;
      default:
        L.unsupported(part);
    }
  };
  for (const part of meaningful(node)) visit(part);
  const raw = L.textOf(node);
  const text = node.type === 'script_block_expression' ? raw.slice(1, -1) : raw;
  return {
    params,
    advanced: advanced || params.some((param) => param.mandatory || param.position !== undefined),
    ...(named.begin ? { begin: named.begin } : {}),
    ...(named.process ? { process: named.process } : {}),
    end: named.end ?? end,
    text,
    ext: L.ext(node),
  };
}

/** `function Name [(params)] { ... }` and `filter Name { ... }` (DOC: about_Functions, a filter's body is its process block). */
export function lowerFunction(L: LowerContext, node: SyntaxNode): Statement {
  const keyword = tokens(node)[0]?.type;
  if (keyword === 'workflow') return L.unsupported(node, 'workflow');
  const name = childOfType(node, 'function_name')?.text ?? L.parseError(node, 'Missing function name');
  const declared = childOfType(node, 'function_parameter_declaration');
  const extra = declared ? lowerParams(L, declared).params : [];
  const bodyNode = childOfType(node, 'script_block');
  const block = bodyNode ? lowerScriptBlock(L, bodyNode, extra) : emptyBlock(L, node, extra);
  const filter = keyword === 'filter';
  const shaped = filter && !block.process ? { ...block, process: block.end, end: [] } : block;
  return { kind: 'function', name, filter, block: shaped, ext: L.ext(node) };
}

function emptyBlock(L: LowerContext, node: SyntaxNode, params: ParamAst[]): ScriptBlockAst {
  return { params, advanced: false, end: [], text: '', ext: L.ext(node) };
}
