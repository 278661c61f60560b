import { parseDmtf } from '../datetime.js';
import type { CimType, CimValue } from '../instance.js';
import { WqlSyntaxError } from './lexer.js';

const NUMERIC: ReadonlySet<CimType> = new Set(['UInt8', 'UInt16', 'SInt16', 'UInt32', 'UInt64']);
const BOOLEAN_TEXT: Readonly<Record<string, number>> = { true: 1, false: 0 };

/**
 * A property value, or a constant, in the form a property of this type compares by: folded text
 * for strings (DOC: WQL string comparisons ignore case), numbers for numbers, ms for datetimes
 * (constants written as DMTF text), 0/1 for booleans (TRUE and FALSE may be quoted, DOC: LIKE
 * page example). A constant WMI could not convert to the property's type, or any comparison
 * with an array, is no query (INFER).
 */
export function toComparable(type: CimType, raw: Exclude<CimValue, null>): string | number {
  if (type === 'String' && typeof raw === 'string') return raw.toLowerCase();
  if (type === 'DateTime') {
    const ms = typeof raw === 'string' ? parseDmtf(raw) : raw;
    if (typeof ms === 'number') return ms;
  }
  if (type === 'Boolean') {
    const b = typeof raw === 'string' ? BOOLEAN_TEXT[raw.toLowerCase()] : raw;
    if (typeof b === 'boolean' || typeof b === 'number') return b ? 1 : 0;
  }
  if (NUMERIC.has(type)) {
    const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
    if (typeof n === 'number' && Number.isFinite(n)) return n;
  }
  throw new WqlSyntaxError(`cannot compare a ${type} property with ${JSON.stringify(raw)}`);
}
