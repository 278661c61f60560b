import { languageErrors } from '../errors/language-errors.js';
import type { Expr } from '../syntax/ast.js';
import { toPSString } from '../values/to-string.js';
import type { PSValue } from '../values/value.js';
import { type ExecContext, positionOf } from './context.js';
import type { Scope } from './scope.js';
import { TerminatingError } from './signals.js';

type VariableExpr = Expr & { kind: 'variable' };

/**
 * Reads a variable. DOC (about_Automatic_Variables): `$true`, `$false`, `$null` are constants,
 * `$PSItem` is `$_`, `$?` is the last statement's success; `$env:X` reads the machine's
 * environment (case-insensitive). An unset variable is $null (strict mode is not emulated).
 */
export function readVariable(ctx: ExecContext, expr: VariableExpr): PSValue {
  const name = expr.name.toLowerCase();
  if (expr.scope === 'env') return ctx.rt.host.environment.get(name)?.value ?? null;
  if (!expr.scope) {
    if (name === 'true') return true;
    if (name === 'false') return false;
    if (name === 'null') return null;
    if (name === '?') return ctx.rt.lastSuccess;
  }
  const key = name === 'psitem' ? '_' : name;
  return scopeFor(ctx, expr).lookup(key)?.value ?? null;
}

/** Assigns a variable: `$null = x` discards, `$env:X = v` sets the environment, constants refuse. */
export function writeVariable(ctx: ExecContext, expr: VariableExpr, value: PSValue): void {
  const name = expr.name.toLowerCase();
  if (expr.scope === 'env') {
    ctx.rt.host.environment.set(name, { name: expr.name, value: toPSString(value) });
    return;
  }
  if (name === 'null' && !expr.scope) return;
  if ((name === 'true' || name === 'false') && !expr.scope) {
    throw new TerminatingError(languageErrors.readOnlyVariable(name, positionOf(ctx, expr.ext)), false);
  }
  const target = expr.scope ? scopeFor(ctx, expr) : ctx.scope;
  target.set(name === 'psitem' ? '_' : expr.name, value);
}

function scopeFor(ctx: ExecContext, expr: VariableExpr): Scope {
  if (expr.scope === 'global') return ctx.rt.global;
  if (expr.scope === 'script') return ctx.scope.nearest('script');
  return ctx.scope;
}
