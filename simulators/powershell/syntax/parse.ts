import type { ScriptAst } from './ast.js';
import { parseTree } from './grammar.js';
import { LowerContext } from './lower-context.js';
import { lowerScriptBlock } from './lower-script-block.js';
import { repairSource } from './repair.js';
import { firstSyntaxError } from './syntax-check.js';

/** How many parsed scripts the process keeps. */
const CACHE_SIZE = 64;
const cache = new Map<string, ScriptAst>();

/**
 * Parses a script with tree-sitter and lowers the tree into the host's syntax tree. A syntax
 * error is a ParseError naming the line, column and text; a construct the host does not emulate
 * is an UnsupportedError naming it and its line. The syntax tree is immutable, so the process
 * keeps the last few by text and file name: a fleet running one script parses it once (nothing
 * is kept per machine, and the cache is bounded).
 */
export function parseScript(source: string, file?: string): ScriptAst {
  const key = `${file ?? ''}\0${source}`;
  const cached = cache.get(key);
  if (cached) {
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const script = parseUncached(source, file);
  cache.set(key, script);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return script;
}

function parseUncached(source: string, file?: string): ScriptAst {
  let root = parseTree(source);
  let text = source;
  const error = firstSyntaxError(root, source, file);
  // Repairs may uncover the next shape to repair; a few rounds suffice for real scripts.
  for (let round = 0; round < 4 && firstSyntaxError(root, text, file); round++) {
    const repaired = repairSource(root, text);
    if (repaired === undefined) break;
    root = parseTree(repaired);
    text = repaired;
  }
  if (error && firstSyntaxError(root, text, file)) throw error;
  // Repairs keep every offset, so text is quoted from the original source.
  const L = new LowerContext(source, file);
  const block = lowerScriptBlock(L, root);
  return { block: { ...block, text: source }, source, ...(file ? { file } : {}) };
}
