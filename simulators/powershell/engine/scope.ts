import type { ScriptBlockAst } from '../syntax/ast.js';
import type { PSValue } from '../values/value.js';

/** A variable: its name as first written (names are case-insensitive) and value. */
export interface Variable {
  readonly name: string;
  value: PSValue;
}

/** A function definition, with the file it came from for error positions. */
export interface FunctionDefinition {
  readonly name: string;
  readonly block: ScriptBlockAst;
  readonly file: string | undefined;
  readonly source: string;
}

/**
 * A PowerShell scope: global, script, or the local scope of a function or script block. DOC
 * (about_Scopes): reads look through parent scopes; assignments create the variable in the
 * current scope unless a scope modifier says otherwise. Functions are scoped the same way.
 */
export class Scope {
  readonly variables = new Map<string, Variable>();
  readonly functions = new Map<string, FunctionDefinition>();

  constructor(
    readonly parent: Scope | undefined,
    readonly kind: 'global' | 'script' | 'local',
  ) {}

  /** The nearest variable of this name, looking outwards. */
  lookup(name: string): Variable | undefined {
    const key = name.toLowerCase();
    for (let scope: Scope | undefined = this; scope; scope = scope.parent) {
      const found = scope.variables.get(key);
      if (found) return found;
    }
    return undefined;
  }

  /** Sets a variable in this scope, keeping the first spelling of its name. */
  set(name: string, value: PSValue): void {
    const key = name.toLowerCase();
    const existing = this.variables.get(key);
    if (existing) existing.value = value;
    else this.variables.set(key, { name, value });
  }

  /** The nearest function of this name, looking outwards. */
  findFunction(name: string): FunctionDefinition | undefined {
    const key = name.toLowerCase();
    for (let scope: Scope | undefined = this; scope; scope = scope.parent) {
      const found = scope.functions.get(key);
      if (found) return found;
    }
    return undefined;
  }

  /** The nearest enclosing scope of a kind (`$script:`, `$global:`). */
  nearest(kind: 'global' | 'script'): Scope {
    let scope: Scope = this;
    while (scope.kind !== kind && scope.parent) scope = scope.parent;
    return scope;
  }
}
