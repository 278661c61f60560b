import { psEquals } from '../operators/equality.js';
import { formatValue } from '../operators/format-string.js';
import { PSArrayList } from '../values/array-list.js';
import { PSHashtable } from '../values/hashtable.js';
import { PSObject } from '../values/ps-object.js';
import { dotNetString } from '../values/to-string.js';
import { typeNameOf } from '../values/type-of.js';
import { PSTypeValue } from '../values/type-value.js';
import { typeNamed } from '../values/types.js';
import type { PSValue } from '../values/value.js';
import { collectionMethod } from './collection-methods.js';
import { hashtableMethod } from './hashtable-methods.js';
import type { MethodHost, MethodResult } from './method-types.js';
import { value } from './method-types.js';
import { stringMethod } from './string-methods.js';

/**
 * `$x.Method(args)`: the value's own methods first, then (DOC: System.Object) the ones every .NET object has
 * (GetType, ToString, Equals). Undefined when the value has no such method.
 */
export function callMethod(
  target: PSValue,
  name: string,
  args: PSValue[],
  host: MethodHost,
): MethodResult | undefined {
  const own =
    typeof target === 'string'
      ? stringMethod(target, name, args)
      : Array.isArray(target) || target instanceof PSArrayList
        ? collectionMethod(target, name, args, host)
        : target instanceof PSHashtable
          ? hashtableMethod(target, name, args)
          : target instanceof PSObject
            ? objectMethod(target, name, args)
            : undefined;
  if (own) return own;
  switch (name.toLowerCase()) {
    case 'gettype':
      return value(new PSTypeValue(typeNamed(typeNameOf(target) ?? 'System.Object')));
    case 'tostring':
      return value(
        typeof target === 'number' && args.length
          ? formatValue(target, dotNetString(args[0] ?? null))
          : dotNetString(target),
      );
    case 'equals':
      return value(psEquals(target, args[0] ?? null, true));
    default:
      return undefined;
  }
}

/** A method an object's .NET type declares, as the command that emitted it gave it (HttpWebResponse.GetResponseHeader). */
function objectMethod(target: PSObject, name: string, args: PSValue[]): MethodResult | undefined {
  const method = target.options.methods?.[name.toLowerCase()];
  return method ? value(method(args)) : undefined;
}
