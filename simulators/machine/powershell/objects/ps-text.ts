import { formatForHost, PSArrayList, PSObject, type PSValue } from '../../../powershell/index.js';

/**
 * A value as PowerShell converts it to a string (`[string]$x`): $null is empty, booleans
 * True/False, numbers as .NET prints them, collections joined with spaces, objects by ToString().
 */
export function psText(value: PSValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return formatForHost([value]);
  if (Array.isArray(value)) return value.map(psText).join(' ');
  if (value instanceof PSArrayList) return value.items.map(psText).join(' ');
  if (value instanceof PSObject && value.options.text) return value.options.text();
  if (value instanceof PSObject && value.isCustom)
    return `@{${value
      .properties()
      .map((p) => `${p.name}=${psText(p.value)}`)
      .join('; ')}}`;
  if (value instanceof PSObject) return value.typeName;
  return String(value);
}

/** A parameter's value as a list of strings (a `string[]` parameter holds one string or an array). */
export function textList(value: PSValue | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map(psText);
  if (value instanceof PSArrayList) return value.items.map(psText);
  return [psText(value)];
}
