import type { Expr, TypeName } from './ast.js';
import type { Statement } from './ast-statements.js';
import type { Extent } from './extent.js';

/** A parameter of a script, function or script block, with what its attributes say. */
export interface ParamAst {
  readonly name: string;
  readonly type?: TypeName;
  readonly default?: Expr;
  readonly mandatory: boolean;
  readonly position?: number;
  readonly valueFromPipeline: boolean;
  readonly valueFromPipelineByPropertyName: boolean;
  readonly aliases: readonly string[];
  readonly validateSet?: readonly string[];
  readonly ext: Extent;
}

/** A script block, function body or whole script: its parameters and named blocks. */
export interface ScriptBlockAst {
  readonly params: readonly ParamAst[];
  /** `[CmdletBinding()]` or any `[Parameter()]`: an advanced function that takes common parameters. */
  readonly advanced: boolean;
  readonly begin?: readonly Statement[];
  readonly process?: readonly Statement[];
  readonly end: readonly Statement[];
  readonly text: string;
  readonly ext: Extent;
}

/** A parsed script: its parameters and statements, with the source for error messages. */
export interface ScriptAst {
  readonly block: ScriptBlockAst;
  readonly source: string;
  readonly file?: string;
}
