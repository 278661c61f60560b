import { ErrorRecord } from '../errors/error-record.js';
import { PSException } from '../errors/exception.js';
import { isExceptionOf } from '../errors/exception-types.js';
import { PSArrayList } from './array-list.js';
import { PSHashtable } from './hashtable.js';
import { PSObject } from './ps-object.js';
import { noConversion, type PSType, staticClass } from './ps-type.js';
import { scalarTypes } from './scalar-types.js';
import { toPSString } from './to-string.js';

// DOC (about_Hash_Tables, about_PSCustomObject, about_Arrays): collections, objects, records.
const { OBJECT } = scalarTypes;

const HASHTABLE: PSType = {
  fullName: 'System.Collections.Hashtable',
  name: 'Hashtable',
  is: (v) => v instanceof PSHashtable && !v.ordered,
  convert: (v) =>
    v === null
      ? null
      : v instanceof PSHashtable
        ? unordered(v)
        : noConversion(v, 'System.Collections.Hashtable'),
};
const CUSTOM: PSType = {
  fullName: 'System.Management.Automation.PSCustomObject',
  name: 'PSCustomObject',
  is: (v) => v instanceof PSObject,
  convert: (v) =>
    v instanceof PSHashtable
      ? PSObject.custom(v.entries().map((e) => [toPSString(e.key), e.value] as const))
      : v,
};
const PSOBJECT: PSType = {
  ...CUSTOM,
  fullName: 'System.Management.Automation.PSObject',
  name: 'PSObject',
  is: (v) => v !== null,
};

/** `T[]`: a scalar becomes a one-item array, each item converts. */
function arrayOf(element: PSType): PSType {
  const fullName = `${element.fullName}[]`;
  return {
    fullName,
    name: `${element.name}[]`,
    element,
    is: (v) => Array.isArray(v) && (element === OBJECT || v.every((item) => element.is(item))),
    convert: (v) => {
      if (v === null) return null;
      const items = Array.isArray(v) ? v : v instanceof PSArrayList ? v.items : [v];
      return items.map((item) => element.convert(item));
    },
  };
}

function unordered(table: PSHashtable): PSHashtable {
  if (!table.ordered) return table;
  const copy = new PSHashtable(false);
  for (const { key, value } of table.entries()) copy.set(key, value);
  return copy;
}

const ARRAY: PSType = { ...arrayOf(OBJECT), fullName: 'System.Object[]', name: 'Object[]' };
const ARRAY_LIST: PSType = {
  fullName: 'System.Collections.ArrayList',
  name: 'ArrayList',
  is: (v) => v instanceof PSArrayList,
  convert: (v) =>
    v === null ? null : v instanceof PSArrayList ? v : new PSArrayList(Array.isArray(v) ? [...v] : [v]),
};

const RECORD: PSType = {
  fullName: 'System.Management.Automation.ErrorRecord',
  name: 'ErrorRecord',
  is: (v) => v instanceof ErrorRecord,
  convert: (v) =>
    v === null || v instanceof ErrorRecord ? v : noConversion(v, 'System.Management.Automation.ErrorRecord'),
};

/** The exception types scripts test with -is (the ones the host raises most). */
const exceptionType = (name: string): PSType => ({
  ...staticClass(name),
  is: (v) => v instanceof PSException && isExceptionOf(v.typeName, name),
});

/** The collection and object types the host emulates, with error records and exception types. */
export const objectTypes = { HASHTABLE, CUSTOM, PSOBJECT, ARRAY, ARRAY_LIST, RECORD, exceptionType, arrayOf };
