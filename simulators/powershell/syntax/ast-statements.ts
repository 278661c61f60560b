import type { Expr, TypeName } from './ast.js';
import type { ScriptBlockAst } from './ast-blocks.js';
import type { PipelineElement } from './ast-commands.js';
import type { Extent } from './extent.js';

/** A statement of the syntax tree. */
export type Statement =
  | { readonly kind: 'pipeline'; readonly elements: readonly PipelineElement[]; readonly ext: Extent }
  | {
      readonly kind: 'assign';
      readonly target: Expr;
      readonly op: string;
      readonly value: Statement;
      readonly ext: Extent;
    }
  | {
      readonly kind: 'if';
      readonly clauses: readonly IfClause[];
      readonly otherwise?: readonly Statement[];
      readonly ext: Extent;
    }
  | {
      readonly kind: 'while';
      readonly cond: Statement;
      readonly body: readonly Statement[];
      readonly label?: string;
      readonly ext: Extent;
    }
  | {
      readonly kind: 'do';
      readonly until: boolean;
      readonly cond: Statement;
      readonly body: readonly Statement[];
      readonly label?: string;
      readonly ext: Extent;
    }
  | {
      readonly kind: 'for';
      readonly init?: Statement;
      readonly cond?: Statement;
      readonly iter?: Statement;
      readonly body: readonly Statement[];
      readonly label?: string;
      readonly ext: Extent;
    }
  | {
      readonly kind: 'foreach';
      readonly variable: Expr & { kind: 'variable' };
      readonly collection: Statement;
      readonly body: readonly Statement[];
      readonly label?: string;
      readonly ext: Extent;
    }
  | SwitchStatement
  | TryStatement
  | {
      readonly kind: 'function';
      readonly name: string;
      readonly filter: boolean;
      readonly block: ScriptBlockAst;
      readonly ext: Extent;
    }
  | { readonly kind: 'break' | 'continue'; readonly label?: string; readonly ext: Extent }
  | { readonly kind: 'return' | 'throw' | 'exit'; readonly value?: Statement; readonly ext: Extent };

/** One `if`/`elseif` condition and its block. */
export interface IfClause {
  readonly cond: Statement;
  readonly body: readonly Statement[];
}

/** `switch [-wildcard|-regex|-exact|-casesensitive] (...) { ... }`. */
export interface SwitchStatement {
  readonly kind: 'switch';
  readonly subject: Statement;
  readonly mode: 'exact' | 'wildcard' | 'regex';
  readonly caseSensitive: boolean;
  readonly clauses: readonly { readonly cond: Expr | 'default'; readonly body: readonly Statement[] }[];
  readonly label?: string;
  readonly ext: Extent;
}

/** `try {} catch [T1], [T2] {} finally {}`. */
export interface TryStatement {
  readonly kind: 'try';
  readonly body: readonly Statement[];
  readonly catches: readonly { readonly types: readonly TypeName[]; readonly body: readonly Statement[] }[];
  readonly finally?: readonly Statement[];
  readonly ext: Extent;
}
