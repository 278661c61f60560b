import type { Expr } from './ast.js';
import type { Extent } from './extent.js';

/** An element of a pipeline: an expression (first element only) or a command. */
export type PipelineElement =
  | { readonly kind: 'expr'; readonly expr: Expr; readonly ext: Extent }
  | CommandAst;

/** A command invocation: its name (or `& expr`), parameters, arguments and redirections. */
export interface CommandAst {
  readonly kind: 'command';
  readonly name: string | Expr;
  readonly invocation?: '&' | '.';
  readonly nameExt: Extent;
  readonly elements: readonly CommandElement[];
  readonly redirections: readonly Redirection[];
  readonly ext: Extent;
}

/** `-Name`, `-Name:value`, a positional argument, or `@splat`. */
export type CommandElement =
  | {
      readonly kind: 'parameter';
      readonly name: string;
      readonly argument?: Expr;
      readonly text: string;
      readonly ext: Extent;
    }
  | { readonly kind: 'argument'; readonly value: Expr; readonly ext: Extent }
  | { readonly kind: 'splat'; readonly name: string; readonly ext: Extent };

/** The redirections the host emulates: a stream to `$null`, or errors merged into output. */
export interface Redirection {
  readonly stream: 'output' | 'error' | 'warning' | 'verbose' | 'debug' | 'information' | 'all';
  readonly target: 'null' | 'output';
}
