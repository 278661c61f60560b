import { objectTypes } from './object-types.js';
import { type PSType, staticClass } from './ps-type.js';
import { scalarTypes } from './scalar-types.js';

export type { PSType };

const { INT32, INT64, UINT32, BYTE, DOUBLE, STRING, BOOLEAN, OBJECT, SWITCH, SCRIPTBLOCK, VOID } =
  scalarTypes;
const { HASHTABLE, CUSTOM, PSOBJECT, ARRAY, ARRAY_LIST, RECORD, exceptionType, arrayOf } = objectTypes;

/** DOC (about_Type_Accelerators): each type the host emulates, with its accelerators. */
const BUILTIN: readonly (readonly [PSType, ...string[]])[] = [
  [INT32, 'int', 'int32'],
  [INT64, 'long', 'int64'],
  [UINT32, 'uint32'],
  [BYTE, 'byte'],
  [DOUBLE, 'double'],
  [STRING, 'string'],
  [BOOLEAN, 'bool', 'boolean'],
  [OBJECT, 'object'],
  [SWITCH, 'switch'],
  [SCRIPTBLOCK, 'scriptblock'],
  [HASHTABLE, 'hashtable'],
  [CUSTOM, 'pscustomobject'],
  [PSOBJECT, 'psobject'],
  [VOID, 'void'],
  [ARRAY, 'array', 'System.Array', 'object[]'],
  [ARRAY_LIST],
  [staticClass('System.Math'), 'math'],
  [staticClass('System.Environment'), 'environment'],
  [RECORD],
  [exceptionType('System.Exception')],
  [exceptionType('System.Management.Automation.RuntimeException')],
  [exceptionType('System.Management.Automation.ItemNotFoundException')],
];

const TYPES = new Map<string, PSType>();
for (const [type, ...names] of BUILTIN) {
  // A full name also resolves without "System." (PowerShell tries that namespace).
  for (const name of [type.fullName, type.fullName.replace(/^System\./, ''), ...names])
    TYPES.set(name.toLowerCase(), type);
}

/** The type a script names (`int`, `System.Int32`, `string[]`), or undefined when not emulated. */
export function resolveType(name: string): PSType | undefined {
  const key = name.toLowerCase();
  const known = TYPES.get(key);
  if (known) return known;
  if (key.endsWith('[]')) {
    const element = resolveType(key.slice(0, -2));
    return element && !element.element ? arrayOf(element) : undefined;
  }
  return undefined;
}

/** The type of a value's GetType(): a known type, or a bare description of any other. */
export function typeNamed(fullName: string): PSType {
  return resolveType(fullName) ?? staticClass(fullName);
}

/** The types the engine refers to by name. */
export const knownTypes = {
  INT32,
  INT64,
  UINT32,
  DOUBLE,
  STRING,
  BOOLEAN,
  OBJECT,
  SWITCH,
  HASHTABLE,
  ARRAY,
  SCRIPTBLOCK,
  VOID,
};
