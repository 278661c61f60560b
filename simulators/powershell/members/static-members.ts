import { itemsOf } from '../operators/collections.js';
import { formatOp } from '../operators/format-string.js';
import { ConversionError } from '../values/conversion-error.js';
import { roundHalfEven, toDouble, toInteger } from '../values/convert-number.js';
import { toPSString } from '../values/to-string.js';
import type { PSType } from '../values/types.js';
import type { PSValue } from '../values/value.js';
import { MethodFault, type MethodResult, value } from './method-types.js';

const LIMITS: Record<string, { min: number; max: number; label: string }> = {
  'System.Int32': { min: -2147483648, max: 2147483647, label: 'an Int32' },
  'System.Int64': { min: -(2 ** 63), max: 2 ** 63 - 1, label: 'an Int64' },
  'System.UInt32': { min: 0, max: 4294967295, label: 'a UInt32' },
  'System.Byte': { min: 0, max: 255, label: 'an unsigned byte' },
};

/** Static properties: `[int]::MaxValue`, `[string]::Empty`, `[math]::PI`, `[Environment]::NewLine`. */
export function staticProperty(type: PSType, name: string): PSValue | undefined {
  const key = name.toLowerCase();
  const limits = LIMITS[type.fullName];
  if (limits && key === 'maxvalue') return limits.max;
  if (limits && key === 'minvalue') return limits.min;
  if (type.fullName === 'System.String' && key === 'empty') return '';
  if (type.fullName === 'System.Math' && key === 'pi') return Math.PI;
  if (type.fullName === 'System.Math' && key === 'e') return Math.E;
  // ASSUME: scripts see Windows line endings.
  if (type.fullName === 'System.Environment' && key === 'newline') return '\r\n';
  return undefined;
}

/** Static methods of the types the host knows; undefined when there is no such method. */
export function staticMethod(type: PSType, name: string, args: PSValue[]): MethodResult | undefined {
  const key = name.toLowerCase();
  const arg = (i: number) => args[i] ?? null;
  if (type.fullName === 'System.String') {
    if (key === 'isnullorempty') return value(arg(0) === null || toPSString(arg(0)) === '');
    if (key === 'isnullorwhitespace') return value(arg(0) === null || toPSString(arg(0)).trim() === '');
    if (key === 'join') {
      const rest = args.length === 2 ? (itemsOf(arg(1)) ?? [arg(1)]) : args.slice(1);
      return value(rest.map((item) => toPSString(item)).join(toPSString(arg(0))));
    }
    if (key === 'format') return value(formatOp(arg(0), args.length === 2 ? arg(1) : args.slice(1)));
    if (key === 'concat') return value(args.map((item) => toPSString(item)).join(''));
  }
  const limits = LIMITS[type.fullName];
  if ((limits || type.fullName === 'System.Double') && key === 'parse') {
    try {
      return value(
        limits
          ? toInteger(toPSString(arg(0)), { fullName: type.fullName, ...limits })
          : toDouble(toPSString(arg(0))),
      );
    } catch (error) {
      if (error instanceof ConversionError)
        throw new MethodFault('System.FormatException', 'Input string was not in a correct format.');
      throw error;
    }
  }
  if (type.fullName === 'System.Math')
    return mathMethod(
      key,
      args.map((item) => toDouble(item)),
    );
  return undefined;
}

/** DOC (System.Math): Round rounds half to even, optionally to a number of decimals. */
function mathMethod(key: string, n: number[]): MethodResult | undefined {
  const [a = 0, b = 0] = n;
  switch (key) {
    case 'max':
      return value(Math.max(a, b));
    case 'min':
      return value(Math.min(a, b));
    case 'abs':
      return value(Math.abs(a));
    case 'floor':
      return value(Math.floor(a));
    case 'ceiling':
      return value(Math.ceil(a));
    case 'truncate':
      return value(Math.trunc(a));
    case 'pow':
      return value(a ** b);
    case 'sqrt':
      return value(Math.sqrt(a));
    case 'round': {
      const scale = 10 ** (n.length > 1 ? b : 0);
      return value(roundHalfEven(a * scale) / scale);
    }
    default:
      return undefined;
  }
}
