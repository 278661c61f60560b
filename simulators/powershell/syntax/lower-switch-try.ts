import type { Expr, SwitchStatement, TryStatement } from './ast.js';
import type { SyntaxNode } from './grammar.js';
import { childOfType, type LowerContext, meaningful, tokens } from './lower-context.js';
import { lowerExpr } from './lower-expressions.js';
import { lowerType } from './lower-operands.js';
import { lowerPipelineStatement, lowerStatements } from './lower-statements.js';
import { lowerSnippet, offsetFrom } from './snippet.js';

/** DOC (about_Switch): the flags, the subject and each clause's condition and block. */
export function lowerSwitch(L: LowerContext, node: SyntaxNode): SwitchStatement {
  const flags = (childOfType(node, 'switch_parameters')?.text ?? '').toLowerCase();
  if (flags.includes('-parallel')) L.unsupported(node, 'switch -parallel');
  const condition = childOfType(node, 'switch_condition') ?? L.parseError(node, 'Missing switch condition');
  if (tokens(condition).some((token) => token.type === '-file')) L.unsupported(condition, 'switch -file');
  const clauses: SwitchStatement['clauses'][number][] = [];
  const list = childOfType(childOfType(node, 'switch_body') ?? node, 'switch_clauses');
  for (const clause of list ? meaningful(list) : []) {
    const [condNode, body] = meaningful(clause);
    if (!condNode || !body) L.parseError(clause, 'Missing switch clause');
    const cond = clauseCondition(L, condNode as SyntaxNode);
    clauses.push({ cond, body: lowerStatements(L, body as SyntaxNode) });
  }
  const mode = flags.includes('-regex') ? 'regex' : flags.includes('-wildcard') ? 'wildcard' : 'exact';
  const subject = meaningful(condition)[0] ?? L.parseError(condition, 'Missing switch condition');
  return {
    kind: 'switch',
    subject: lowerPipelineStatement(L, subject),
    mode,
    caseSensitive: flags.includes('-casesensitive'),
    clauses,
    ext: L.ext(node),
  };
}

/**
 * A switch clause's condition. The grammar reads some as bare words, quotes included (`"a*"`):
 * a bare word is a string (`default` is the default clause); one that starts like an
 * expression (a quote, `$`, a digit) is re-parsed as one.
 */
function clauseCondition(L: LowerContext, node: SyntaxNode): Expr | 'default' {
  const inner = meaningful(node)[0];
  if (inner) return lowerExpr(L, inner);
  const text = node.text;
  if (text.toLowerCase() === 'default') return 'default';
  const ext = L.ext(node);
  if (!/^['"$0-9@([-]/.test(text)) return { kind: 'constant', value: text, bareword: true, ext };
  return lowerSnippet(L, text, offsetFrom(ext)) ?? L.parseError(node, 'Unexpected token in switch clause');
}

/** DOC (about_Try_Catch_Finally): the try block, each catch with its types, the finally block. */
export function lowerTry(L: LowerContext, node: SyntaxNode): TryStatement {
  const body = lowerStatements(L, childOfType(node, 'statement_block') ?? node);
  const catchList = childOfType(node, 'catch_clauses');
  const catches = (catchList ? meaningful(catchList) : []).map((clause) => {
    const types = childOfType(clause, 'catch_type_list');
    return {
      types: types ? meaningful(types).map((type) => lowerType(L, type)) : [],
      body: lowerStatements(L, childOfType(clause, 'statement_block') ?? clause),
    };
  });
  const fin = childOfType(node, 'finally_clause');
  // 3P (ParserStrings.MissingCatchOrFinally): a try needs a catch or a finally.
  if (!catches.length && !fin) L.parseError(node, 'The Try statement is missing its Catch or Finally block.');
  const finallyBlock = fin ? lowerStatements(L, childOfType(fin, 'statement_block') ?? fin) : undefined;
  return { kind: 'try', body, catches, ...(finallyBlock ? { finally: finallyBlock } : {}), ext: L.ext(node) };
}
