import type { BindArg } from '../commands/param-spec.js';
import { itemsOf } from '../operators/collections.js';
import type { CommandElement } from '../syntax/ast.js';
import { PSHashtable } from '../values/hashtable.js';
import { toPSString } from '../values/to-string.js';
import type { ExecContext } from './context.js';
import { evaluate } from './evaluate.js';
import { unsupported } from './raise.js';
import { readVariable } from './variables.js';

/**
 * A command's arguments, evaluated left to right. DOC (about_Splatting): `@hash` passes each key
 * as a named parameter (a boolean value for a switch), `@array` passes its items by position.
 */
export function evaluateArguments(ctx: ExecContext, elements: readonly CommandElement[]): BindArg[] {
  const args: BindArg[] = [];
  for (const element of elements) {
    if (element.kind === 'parameter') {
      const base = { kind: 'named', name: element.name, text: element.text, ext: element.ext } as const;
      args.push(element.argument ? { ...base, value: evaluate(ctx, element.argument) } : base);
    } else if (element.kind === 'argument') {
      args.push({ kind: 'positional', value: evaluate(ctx, element.value), ext: element.ext });
    } else {
      const value = readVariable(ctx, { kind: 'variable', name: element.name, ext: element.ext });
      if (value instanceof PSHashtable) {
        for (const { key, value: item } of value.entries()) {
          const name = toPSString(key);
          args.push({ kind: 'named', name, text: `-${name}:`, value: item, ext: element.ext });
        }
      } else if (itemsOf(value)) {
        for (const item of itemsOf(value) ?? [])
          args.push({ kind: 'positional', value: item, ext: element.ext });
      } else if (value !== null) {
        unsupported(
          ctx,
          element.ext,
          `splatting a value that is neither a hashtable nor an array (@${element.name})`,
        );
      }
    }
  }
  return args;
}
