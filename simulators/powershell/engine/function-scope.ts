import type { BindResult } from '../commands/binder.js';
import type { ScriptBlockAst } from '../syntax/ast.js';
import type { Extent } from '../syntax/extent.js';
import { UnsupportedError } from '../syntax/script-errors.js';
import { PSHashtable } from '../values/hashtable.js';
import { commonOptions } from './common-options.js';
import type { ExecContext } from './context.js';
import { evaluate } from './evaluate.js';
import { typeOf } from './evaluate-types.js';
import { atExtent } from './raise.js';

/**
 * Fills a function's scope once its arguments are bound (DOC: about_Functions_Advanced_Parameters,
 * about_Automatic_Variables): each parameter gets its argument, else its default (evaluated in
 * the function's scope, so it may use earlier parameters), else its type's empty value ([string]
 * is '', [int] 0, [switch] false). `$args` holds what a plain function did not bind and
 * `$PSBoundParameters` what was bound. An advanced function's -ErrorAction, -WarningAction,
 * -Verbose, -WhatIf and -Confirm become its local preference variables.
 */
export function initializeParameters(
  ctx: ExecContext,
  block: ScriptBlockAst,
  result: BindResult,
  callExt: Extent,
): void {
  const boundParameters = new PSHashtable();
  for (const param of block.params) {
    const type = param.type ? typeOf(ctx, param.type) : undefined;
    const bound = result.bound.get(param.name);
    let value = bound?.value ?? null;
    if (bound) boundParameters.set(param.name, value);
    else if (param.default) value = evaluate(ctx, param.default);
    if (type && !bound) {
      const unbound = value;
      value = atExtent(ctx, param.default?.ext ?? param.ext, () => type.convert(unbound));
    }
    ctx.scope.set(param.name, value);
  }
  ctx.scope.set('args', result.remaining);
  ctx.scope.set('PSBoundParameters', boundParameters);
  if (!block.advanced) return;
  const options = commonOptions(ctx, result.bound, callExt);
  if (options.errorVariable || options.outVariable) {
    throw new UnsupportedError(
      '-ErrorVariable / -OutVariable on a function',
      ctx.file,
      callExt.line,
      callExt.column,
    );
  }
  if (options.errorAction) ctx.scope.set('ErrorActionPreference', options.errorAction);
  if (options.warningAction) ctx.scope.set('WarningPreference', options.warningAction);
  if (options.verbose !== undefined)
    ctx.scope.set('VerbosePreference', options.verbose ? 'Continue' : 'SilentlyContinue');
  if (options.whatIf !== undefined) ctx.scope.set('WhatIfPreference', options.whatIf);
  if (options.confirm !== undefined) ctx.scope.set('ConfirmPreference', options.confirm ? 'Low' : 'None');
}
