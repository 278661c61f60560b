import { createRequire } from 'node:module';
import { Language, Parser } from 'web-tree-sitter';
import { invariant } from '../../shared/invariant.js';
import { copyTree } from './copy-tree.js';
import type { CstNode } from './cst.js';

/** A node of tree-sitter's syntax tree for PowerShell (copied out of wasm). */
export type SyntaxNode = CstNode;

let parser: Parser | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the PowerShell grammar (tree-sitter-powershell's wasm) once per process. Every later
 * parse is synchronous; call this before creating a script host. Safe to call many times.
 */
export function loadPowerShellGrammar(): Promise<void> {
  loading ??= (async () => {
    await Parser.init();
    const wasm = createRequire(import.meta.url).resolve('tree-sitter-powershell/tree-sitter-powershell.wasm');
    const language = await Language.load(wasm);
    const next = new Parser();
    next.setLanguage(language);
    parser = next;
  })();
  return loading;
}

/** True once {@link loadPowerShellGrammar} has finished. */
export const grammarLoaded = (): boolean => parser !== undefined;

/**
 * Parses PowerShell source with tree-sitter and returns the tree's root, copied out of wasm
 * memory (the wasm tree is freed here); the grammar must be loaded.
 */
export function parseTree(source: string): SyntaxNode {
  invariant(parser, 'load the PowerShell grammar first: await loadPowerShellGrammar()');
  const tree = parser.parse(source);
  invariant(tree, 'tree-sitter returned no tree');
  try {
    return copyTree(tree, source);
  } finally {
    tree.delete();
  }
}
