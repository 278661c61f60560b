import type { ScriptBlockAst } from './ast-blocks.js';
import type { Statement } from './ast-statements.js';
import type { Extent } from './extent.js';

/** A type as written in a script (`[int]`, `[System.IO.IOException]`), resolved at run time. */
export interface TypeName {
  readonly name: string;
  readonly ext: Extent;
}

/** An expression of the script host's syntax tree, lowered from tree-sitter's tree. */
export type Expr =
  | {
      readonly kind: 'constant';
      readonly value: number | string;
      readonly bareword?: boolean;
      readonly ext: Extent;
    }
  | { readonly kind: 'expandable'; readonly parts: readonly (string | Expr)[]; readonly ext: Extent }
  | { readonly kind: 'variable'; readonly name: string; readonly scope?: VariableScope; readonly ext: Extent }
  | { readonly kind: 'splat'; readonly name: string; readonly ext: Extent }
  | { readonly kind: 'array'; readonly items: readonly Expr[]; readonly ext: Extent }
  | { readonly kind: 'arrayExpr'; readonly body: readonly Statement[]; readonly ext: Extent }
  | { readonly kind: 'subExpr'; readonly body: readonly Statement[]; readonly ext: Extent }
  | { readonly kind: 'paren'; readonly body: Statement; readonly ext: Extent }
  | {
      readonly kind: 'hashtable';
      readonly entries: readonly HashEntry[];
      readonly ordered: boolean;
      readonly ext: Extent;
    }
  | { readonly kind: 'scriptBlock'; readonly block: ScriptBlockAst; readonly ext: Extent }
  | {
      readonly kind: 'binary';
      readonly op: string;
      readonly left: Expr;
      readonly right: Expr;
      readonly ext: Extent;
    }
  | { readonly kind: 'unary'; readonly op: string; readonly operand: Expr; readonly ext: Extent }
  | { readonly kind: 'cast'; readonly type: TypeName; readonly operand: Expr; readonly ext: Extent }
  | { readonly kind: 'typeLiteral'; readonly type: TypeName; readonly ext: Extent }
  | {
      readonly kind: 'member';
      readonly target: Expr;
      readonly name: Expr;
      readonly isStatic: boolean;
      readonly ext: Extent;
    }
  | {
      readonly kind: 'invoke';
      readonly target: Expr;
      readonly name: Expr;
      readonly args: readonly Expr[];
      readonly isStatic: boolean;
      readonly ext: Extent;
    }
  | { readonly kind: 'index'; readonly target: Expr; readonly index: Expr; readonly ext: Extent }
  | {
      readonly kind: 'increment';
      readonly op: '++' | '--';
      readonly prefix: boolean;
      readonly operand: Expr;
      readonly ext: Extent;
    };

/** `$global:x`, `$script:x`, `$env:x`...; a plain `$x` has none. */
export type VariableScope = 'global' | 'script' | 'local' | 'private' | 'env';

/** One `key = value` of a hashtable literal. */
export interface HashEntry {
  readonly key: Expr;
  readonly value: Statement;
}

export type * from './ast-blocks.js';
export type * from './ast-commands.js';
export type * from './ast-statements.js';
