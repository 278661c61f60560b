import type { ErrorRecord } from '../errors/error-record.js';
import { PSArrayList } from '../values/array-list.js';
import type { PSValue } from '../values/value.js';
import type { CommonOptions } from './common-options.js';
import type { ExecContext } from './context.js';

/**
 * DOC (about_CommonParameters): -ErrorVariable and -OutVariable set an ArrayList in the caller's
 * scope once the command ends (empty when nothing was written); a leading `+` appends to it.
 */
export function storeCommonVariables(
  ctx: ExecContext,
  options: CommonOptions,
  errors: ErrorRecord[],
  outputs: PSValue[],
): void {
  const store = (spec: CommonOptions['errorVariable'], values: PSValue[]) => {
    if (!spec) return;
    const existing = spec.append ? ctx.scope.lookup(spec.name)?.value : undefined;
    const list =
      existing instanceof PSArrayList
        ? existing
        : new PSArrayList(existing === undefined || existing === null ? [] : [existing]);
    list.items.push(...values);
    ctx.scope.set(spec.name, list);
  };
  store(options.errorVariable, errors);
  store(options.outVariable, outputs);
}
