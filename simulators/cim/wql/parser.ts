import type { WqlQuery } from './ast.js';
import { parseCondition } from './condition-parser.js';
import { TokenStream } from './token-stream.js';

/**
 * Parses a WQL data query, `SELECT * | a, b FROM class [WHERE condition]`; throws
 * WqlSyntaxError for anything else (DOC: SELECT statement for data queries).
 */
export function parseWql(text: string): WqlQuery {
  const s = new TokenStream(text);
  s.keyword('SELECT');
  const properties = s.accept('*') ? '*' : list(s);
  s.keyword('FROM');
  const className = s.word();
  const where = s.acceptKeyword('WHERE') ? parseCondition(s) : undefined;
  s.end();
  return where ? { properties, className, where } : { properties, className };
}

function list(s: TokenStream): string[] {
  const names = [s.word()];
  while (s.accept(',')) names.push(s.word());
  return names;
}
