import { type Extent, extentOf } from './extent.js';
import type { SyntaxNode } from './grammar.js';
import { ParseError, UnsupportedError } from './script-errors.js';

/** Tree-sitter node types named in plain words for error messages. */
const PLAIN_WORDS: Record<string, string> = {
  trap_statement: 'trap statement',
  class_statement: 'class definition',
  enum_statement: 'enum definition',
  data_statement: 'data section',
  inlinescript_statement: 'inlinescript block (workflow)',
  parallel_statement: 'parallel block (workflow)',
  sequence_statement: 'sequence block (workflow)',
  verbatim_command_argument: 'stop-parsing token --%',
  stop_parsing: 'stop-parsing token --%',
  dynamicparam: 'dynamicparam block',
};

/**
 * What lowering needs to know about the text being lowered: the file name for messages, and
 * how tree-sitter positions map to script positions (a re-parsed snippet maps back to its line).
 */
export class LowerContext {
  constructor(
    readonly source: string,
    readonly file: string | undefined,
    private readonly mapExtent: (extent: Extent) => Extent = (extent) => extent,
  ) {}

  /** A node's text as the script has it (repairs may have changed the text tree-sitter saw). */
  textOf(node: SyntaxNode): string {
    return this.source.slice(node.startIndex, node.endIndex);
  }

  /** The script extent of a node. */
  ext(node: SyntaxNode): Extent {
    return this.mapExtent(extentOf(node));
  }

  /** A construct outside the emulated set, named in plain words. */
  unsupported(node: SyntaxNode, construct?: string): never {
    const ext = this.ext(node);
    const words = construct ?? PLAIN_WORDS[node.type] ?? node.type.replaceAll('_', ' ');
    throw new UnsupportedError(words, this.file, ext.line, ext.column);
  }

  /** A syntax error PowerShell itself would report when parsing. */
  parseError(node: SyntaxNode, reason: string): never {
    const ext = this.ext(node);
    throw new ParseError(reason, this.file, ext.line, ext.column, firstLine(node.text));
  }
}

/** The named children that carry meaning: comments are dropped. */
export function meaningful(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter(
    (child): child is SyntaxNode => child !== null && child.type !== 'comment',
  );
}

/** A node's first named child of a type, if any. */
export function childOfType(node: SyntaxNode, type: string): SyntaxNode | undefined {
  return meaningful(node).find((child) => child.type === type);
}

/** The first line of a text, shortened for messages. */
export function firstLine(text: string): string {
  const line = text.split(/\r?\n/)[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

/** Anonymous (token) children, e.g. operators and keywords. */
export function tokens(node: SyntaxNode): SyntaxNode[] {
  return node.children.filter((child): child is SyntaxNode => child !== null && !child.isNamed);
}
