import type { ScriptBlockAst } from '../syntax/ast.js';

/**
 * A script block value (`{ ... }`). PowerShell scopes are dynamic: a script block runs in a new
 * scope under whichever scope invokes it, so it carries no closure.
 */
export class ScriptBlockValue {
  constructor(
    readonly ast: ScriptBlockAst,
    readonly file: string | undefined,
    readonly source: string,
  ) {}

  /** DOC: ScriptBlock.ToString() is the text between the braces. */
  toString(): string {
    return this.ast.text;
  }
}
