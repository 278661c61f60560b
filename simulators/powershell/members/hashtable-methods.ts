import { psEquals } from '../operators/equality.js';
import type { PSHashtable } from '../values/hashtable.js';
import { PSObject } from '../values/ps-object.js';
import { toPSString } from '../values/to-string.js';
import type { PSValue } from '../values/value.js';
import { MethodFault, type MethodResult, VOID, value } from './method-types.js';

/** DOC (System.Collections.Hashtable) methods of hashtables: ContainsKey, Add (duplicate keys throw), Remove, Clear, Clone, GetEnumerator. */
export function hashtableMethod(table: PSHashtable, name: string, args: PSValue[]): MethodResult | undefined {
  const key = args[0] ?? null;
  switch (name.toLowerCase()) {
    case 'containskey':
    case 'contains':
      return value(table.has(key));
    case 'containsvalue':
      return value(table.values().some((item) => psEquals(item, key, true)));
    case 'add':
      if (table.has(key)) {
        const existing = table
          .keys()
          .find(
            (k) =>
              table.get(k) === table.get(key) &&
              toPSString(k).toLowerCase() === toPSString(key).toLowerCase(),
          );
        const message = `Item has already been added. Key in dictionary: '${toPSString(existing ?? key)}'  Key being added: '${toPSString(key)}'`;
        throw new MethodFault('System.ArgumentException', message);
      }
      table.set(key, args[1] ?? null);
      return VOID;
    case 'remove':
      table.delete(key);
      return VOID;
    case 'clear':
      table.clear();
      return VOID;
    case 'clone':
      return value(table.clone());
    case 'getenumerator':
      return value(table.entries().map((entry) => dictionaryEntry(entry.key, entry.value)));
    default:
      return undefined;
  }
}

/** A DictionaryEntry as PowerShell shows it: Name (an alias of Key), Key, Value. */
function dictionaryEntry(key: PSValue, entryValue: PSValue): PSObject {
  return new PSObject(
    ['System.Collections.DictionaryEntry'],
    [
      ['Name', key],
      ['Key', key],
      ['Value', entryValue],
    ],
  );
}
