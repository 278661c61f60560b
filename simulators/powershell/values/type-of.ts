import { ErrorRecord } from '../errors/error-record.js';
import { PSException } from '../errors/exception.js';
import { PSArrayList } from './array-list.js';
import { PSHashtable } from './hashtable.js';
import { PSObject } from './ps-object.js';
import { ScriptBlockValue } from './script-block.js';
import { PSTypeValue } from './type-value.js';
import type { PSValue } from './value.js';

/** The .NET type name a value reports from GetType().FullName (undefined for $null). */
export function typeNameOf(value: PSValue): string | undefined {
  if (value === null) return undefined;
  if (typeof value === 'string') return 'System.String';
  if (typeof value === 'boolean') return 'System.Boolean';
  if (typeof value === 'number') return numberTypeName(value);
  if (Array.isArray(value)) return 'System.Object[]';
  if (value instanceof PSArrayList) return 'System.Collections.ArrayList';
  if (value instanceof PSHashtable) {
    return value.ordered
      ? 'System.Collections.Specialized.OrderedDictionary'
      : 'System.Collections.Hashtable';
  }
  if (value instanceof PSObject) return value.typeName;
  if (value instanceof ScriptBlockValue) return 'System.Management.Automation.ScriptBlock';
  if (value instanceof PSTypeValue) return 'System.RuntimeType';
  if (value instanceof ErrorRecord) return 'System.Management.Automation.ErrorRecord';
  if (value instanceof PSException) return value.typeName;
  return 'System.Object';
}

/** INFER: numbers carry no static type; see PSValue. */
function numberTypeName(value: number): string {
  if (Number.isInteger(value) && value >= -2147483648 && value <= 2147483647) return 'System.Int32';
  if (Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER) return 'System.Int64';
  return 'System.Double';
}

/** The short name of a type (`Int32` for System.Int32). */
export const shortTypeName = (fullName: string): string => fullName.slice(fullName.lastIndexOf('.') + 1);
