import type { Language, Tree } from 'web-tree-sitter';
import { CstNode, SourceText } from './cst.js';

/** What a type or field id means, read from the language once per id. */
interface Names {
  readonly types: { name: string; named: boolean }[];
  readonly fields: (string | null)[];
}

const namesByLanguage = new WeakMap<Language, Names>();

function namesOf(language: Language): Names {
  const known = namesByLanguage.get(language);
  if (known) return known;
  const names: Names = { types: [], fields: [] };
  namesByLanguage.set(language, names);
  return names;
}

/**
 * Copies a tree into CstNodes with one cursor walk; `hasError` covers ERROR and MISSING nodes
 * below. Each node costs few calls into wasm: type and field ids (names are looked up once per
 * id), offsets (lines and columns are derived later, on demand), and the missing flag only
 * for empty nodes.
 */
export function copyTree(tree: Tree, source: string): CstNode {
  const cursor = tree.walk();
  const names = namesOf(tree.language);
  const text = new SourceText(source);
  try {
    const make = () => {
      const typeId = cursor.nodeTypeId;
      const type = names.types[typeId] ?? { name: cursor.nodeType, named: cursor.nodeIsNamed };
      names.types[typeId] = type;
      const fieldId = cursor.currentFieldId;
      const field = fieldId ? (names.fields[fieldId] ?? cursor.currentFieldName) : null;
      if (fieldId) names.fields[fieldId] = field;
      const start = cursor.startIndex;
      const end = cursor.endIndex;
      const missing = start === end && cursor.nodeIsMissing;
      return new CstNode(type.name, type.named, missing, field ?? null, start, end, text);
    };
    const root = make();
    const stack: CstNode[] = [root];
    if (!cursor.gotoFirstChild()) return finish(root);
    for (;;) {
      const node = make();
      (stack[stack.length - 1] as CstNode).children.push(node);
      if (cursor.gotoFirstChild()) {
        stack.push(node);
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent() || stack.length === 1) return finish(root);
        stack.pop();
      }
    }
  } finally {
    cursor.delete();
  }
}

function finish(node: CstNode): CstNode {
  let error = node.isError || node.isMissing;
  for (const child of node.children) error = finish(child).hasError || error;
  node.hasError = error;
  return node;
}
