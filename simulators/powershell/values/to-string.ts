import { ErrorRecord } from '../errors/error-record.js';
import { PSException } from '../errors/exception.js';
import { PSArrayList } from './array-list.js';
import { PSHashtable } from './hashtable.js';
import { numberText } from './number-text.js';
import { PSObject } from './ps-object.js';
import { ScriptBlockValue } from './script-block.js';
import { typeNameOf } from './type-of.js';
import { PSTypeValue } from './type-value.js';
import type { PSValue } from './value.js';

/**
 * DOC (about_Type_Conversion, LanguagePrimitives.ConvertTo string): a value converted to a string as PowerShell does in `"$x"`, `[string]$x` and string operators:
 * $null is empty, booleans are True/False, collections join their items with $OFS (a space by
 * default), a [pscustomobject] reads `@{a=1; b=x}`.
 */
export function toPSString(value: PSValue, ofs = ' '): string {
  if (Array.isArray(value)) return value.map((item) => toPSString(item, ofs)).join(ofs);
  if (value instanceof PSArrayList) return value.items.map((item) => toPSString(item, ofs)).join(ofs);
  return dotNetString(value);
}

/** What .NET's ToString() gives: collections and hashtables show their type name. */
export function dotNetString(value: PSValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return numberText(value);
  if (value instanceof PSObject) {
    if (value.options.text) return value.options.text();
    if (!value.isCustom) return value.typeName;
    const props = value.properties().map((prop) => `${prop.name}=${dotNetString(prop.value)}`);
    return `@{${props.join('; ')}}`;
  }
  if (value instanceof ScriptBlockValue || value instanceof PSTypeValue) return value.toString();
  if (value instanceof ErrorRecord) return value.toString();
  if (value instanceof PSException) return value.toString();
  if (value instanceof PSHashtable || value instanceof PSArrayList || Array.isArray(value))
    return typeNameOf(value) ?? '';
  return String(value);
}
