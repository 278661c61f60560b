import { PSObject } from './ps-object.js';
import type { PSValue } from './value.js';

/**
 * JSON text as Windows PowerShell 5.1 reads it (ConvertFrom-Json, Invoke-RestMethod; DOC:
 * ConvertFrom-Json 5.1): an object becomes a [pscustomobject] with its members in order, an array
 * an object[] (nested ones too), strings, numbers, booleans and null themselves. Returns undefined
 * when the text is not JSON. ASSUME: .NET's JavaScriptSerializer also accepts single-quoted
 * strings and reads fractions as Decimal; neither is emulated (numbers carry no static type here),
 * and members named like integers come first, as JavaScript orders them.
 */
export function fromJson(text: string): PSValue | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  return toValue(parsed);
}

function toValue(json: unknown): PSValue {
  if (json === null || typeof json !== 'object') return json as PSValue;
  if (Array.isArray(json)) return json.map(toValue);
  return PSObject.custom(Object.entries(json).map(([name, value]) => [name, toValue(value)] as const));
}
