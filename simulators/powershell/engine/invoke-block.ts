import type { ScriptBlockValue } from '../values/script-block.js';
import type { PSValue } from '../values/value.js';
import type { ExecContext } from './context.js';
import { executeStatements } from './execute.js';
import { ReturnSignal } from './signals.js';

/**
 * Runs a script block's body in the caller's scope with `$_` set to an item, as ForEach-Object,
 * Where-Object and the `.ForEach()`/`.Where()` methods do (DOC: their script blocks are
 * dot-sourced, so assignments inside stay visible). `$_` is restored afterwards.
 */
export function invokeScriptBlockInScope(
  ctx: ExecContext,
  block: ScriptBlockValue,
  input: PSValue,
  emit?: (value: PSValue) => void,
  args: PSValue[] = [],
): PSValue[] {
  const out: PSValue[] = [];
  const previous = ctx.scope.variables.get('_');
  const previousArgs = ctx.scope.variables.get('args');
  ctx.scope.set('_', input);
  ctx.scope.set('args', args);
  const inner: ExecContext = { ...ctx, file: block.file, source: block.source };
  try {
    const statements = [...(block.ast.begin ?? []), ...(block.ast.process ?? []), ...block.ast.end];
    executeStatements(inner, statements, (value) => (emit ? emit(value) : out.push(value)));
  } catch (error) {
    if (!(error instanceof ReturnSignal)) throw error;
  } finally {
    restore(ctx, '_', previous);
    restore(ctx, 'args', previousArgs);
  }
  return out;
}

function restore(
  ctx: ExecContext,
  key: string,
  previous: { name: string; value: PSValue } | undefined,
): void {
  if (previous) ctx.scope.variables.set(key, previous);
  else ctx.scope.variables.delete(key);
}
