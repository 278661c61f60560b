import { PSArrayList, type PSValue } from '../../../powershell/index.js';
import type { ScriptValue } from '../../../registry/index.js';
import { psText } from '../objects/ps-text.js';

/**
 * A script's value as the registry provider receives it: numbers, strings, booleans and arrays
 * pass as they are; any other object goes by its string form (DOC: RegistryKey.SetValue stores
 * other types through ToString()).
 */
export function toScriptValue(value: PSValue): ScriptValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (Array.isArray(value)) return value.map(toScriptValue);
  if (value instanceof PSArrayList) return value.items.map(toScriptValue);
  return psText(value);
}
