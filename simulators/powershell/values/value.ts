import type { ErrorRecord } from '../errors/error-record.js';
import type { PSException } from '../errors/exception.js';
import type { PSArrayList } from './array-list.js';
import type { PSHashtable } from './hashtable.js';
import type { PSObject } from './ps-object.js';
import type { ScriptBlockValue } from './script-block.js';
import type { PSTypeValue } from './type-value.js';

/**
 * A PowerShell value as the host holds it. Numbers are JS numbers; their .NET type is read from
 * the value (INFER: an integral value in Int32 range is an Int32, a larger one an Int64, any
 * other a Double), so `[double]5` reports Int32 from GetType(). Arrays are JS arrays (object[]).
 */
export type PSValue =
  | null
  | boolean
  | number
  | string
  | PSValue[]
  | PSArrayList
  | PSHashtable
  | PSObject
  | ScriptBlockValue
  | PSTypeValue
  | ErrorRecord
  | PSException;
