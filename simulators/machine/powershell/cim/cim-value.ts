import { type CimProperty, toDmtf } from '../../../cim/index.js';
import type { PSValue } from '../../../powershell/index.js';
import { psDateTime } from '../objects/date-time.js';

/**
 * A CIM property's value as scripts see it: numbers, strings and booleans as they are, arrays as
 * arrays, DateTime as a System.DateTime from Get-CimInstance and as DMTF text from Get-WmiObject
 * (DOC: ManagementObject leaves CIM datetimes as strings).
 */
export function cimValue(property: CimProperty, dates: 'DateTime' | 'Dmtf'): PSValue {
  const value = property.value;
  if (value === null) return null;
  if (Array.isArray(value)) return [...value];
  if (property.type === 'DateTime' && typeof value === 'number')
    return dates === 'DateTime' ? psDateTime(value) : toDmtf(value);
  return value as PSValue;
}
