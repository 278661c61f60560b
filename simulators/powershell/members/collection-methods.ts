import { itemsOf } from '../operators/collections.js';
import { psEquals } from '../operators/equality.js';
import { PSArrayList } from '../values/array-list.js';
import { toInteger } from '../values/convert-number.js';
import { ScriptBlockValue } from '../values/script-block.js';
import { toBool } from '../values/to-bool.js';
import type { PSValue } from '../values/value.js';
import { MethodFault, type MethodHost, type MethodResult, VOID, value } from './method-types.js';

const INT = { fullName: 'System.Int32', min: -2147483648, max: 2147483647, label: 'an Int32' };

/**
 * Methods of arrays and ArrayLists. DOC: an array is fixed-size (Add throws "Collection was of
 * a fixed size."); `.Where({})` and `.ForEach({})` are PowerShell's intrinsic methods.
 */
export function collectionMethod(
  target: PSValue[] | PSArrayList,
  name: string,
  args: PSValue[],
  host: MethodHost,
): MethodResult | undefined {
  const items = Array.isArray(target) ? target : target.items;
  const list = target instanceof PSArrayList ? target : undefined;
  switch (name.toLowerCase()) {
    case 'contains':
      return value(items.some((item) => psEquals(item, args[0] ?? null, true)));
    case 'indexof':
      return value(items.findIndex((item) => psEquals(item, args[0] ?? null, true)));
    case 'clone':
      return value(list ? new PSArrayList([...items]) : [...items]);
    case 'toarray':
      return value([...items]);
    case 'where': {
      const block = scriptBlock(args[0]);
      return value(items.filter((item) => toBool(host.invoke(block, item))));
    }
    case 'foreach': {
      const block = scriptBlock(args[0]);
      return value(items.flatMap((item) => host.invoke(block, item)));
    }
  }
  if (!list) {
    if (/^(add|addrange|remove|removeat|insert|clear)$/i.test(name))
      throw new MethodFault('System.NotSupportedException', 'Collection was of a fixed size.');
    return undefined;
  }
  switch (name.toLowerCase()) {
    case 'add':
      return value(list.add(args[0] ?? null));
    case 'addrange':
      list.items.push(...(itemsOf(args[0] ?? null) ?? [args[0] ?? null]));
      return VOID;
    case 'remove': {
      const at = items.findIndex((item) => psEquals(item, args[0] ?? null, true));
      if (at >= 0) items.splice(at, 1);
      return VOID;
    }
    case 'removeat':
      items.splice(toInteger(args[0] ?? null, INT), 1);
      return VOID;
    case 'insert':
      items.splice(toInteger(args[0] ?? null, INT), 0, args[1] ?? null);
      return VOID;
    case 'clear':
      items.length = 0;
      return VOID;
    default:
      return undefined;
  }
}

function scriptBlock(arg: PSValue | undefined): ScriptBlockValue {
  if (arg instanceof ScriptBlockValue) return arg;
  throw new MethodFault('System.ArgumentException', 'The script block argument is missing.');
}
