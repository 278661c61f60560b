import { toInteger } from '../values/convert-number.js';
import { toPSString } from '../values/to-string.js';
import type { PSValue } from '../values/value.js';
import { MethodFault, type MethodResult, value } from './method-types.js';

const INT = { fullName: 'System.Int32', min: -2147483648, max: 2147483647, label: 'an Int32' };
const int = (v: PSValue | undefined) => toInteger(v ?? null, INT);
const str = (v: PSValue | undefined) => toPSString(v ?? null);

/** .NET Framework's String.Split(params char[]): a string argument is a set of separator characters. */
function split(text: string, args: PSValue[]): string[] {
  const chars = new Set(args.length ? [...str(args[0])] : [' ', '\t', '\n', '\r']);
  const count = args.length > 1 ? int(args[1]) : Number.POSITIVE_INFINITY;
  const out: string[] = [];
  let current = '';
  for (const ch of text) {
    if (chars.has(ch) && out.length < count - 1) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

function outOfRange(parameter: string, message: string): never {
  // .NET's Environment.NewLine; the host writes line breaks as \n.
  throw new MethodFault('System.ArgumentOutOfRangeException', `${message}\nParameter name: ${parameter}`);
}

/** DOC (.NET System.String): the string methods scripts use; ordinal and case-sensitive like .NET. */
export function stringMethod(text: string, name: string, args: PSValue[]): MethodResult | undefined {
  switch (name.toLowerCase()) {
    case 'toupper':
    case 'toupperinvariant':
      return value(text.toUpperCase());
    case 'tolower':
    case 'tolowerinvariant':
      return value(text.toLowerCase());
    case 'trim':
    case 'trimstart':
    case 'trimend': {
      const chars = args.length ? [...args.map(str).join('')] : undefined;
      const strip = (s: string, start: boolean) => {
        if (!chars) return start ? s.replace(/^\s+/, '') : s.replace(/\s+$/, '');
        let out = s;
        while (out && chars.includes(start ? (out[0] as string) : (out[out.length - 1] as string)))
          out = start ? out.slice(1) : out.slice(0, -1);
        return out;
      };
      const lower = name.toLowerCase();
      return value(
        lower === 'trimstart'
          ? strip(text, true)
          : lower === 'trimend'
            ? strip(text, false)
            : strip(strip(text, true), false),
      );
    }
    case 'split':
      return value(split(text, args));
    case 'replace':
      return value(text.split(str(args[0])).join(str(args[1])));
    case 'contains':
      return value(text.includes(str(args[0])));
    case 'startswith':
      return value(text.startsWith(str(args[0])));
    case 'endswith':
      return value(text.endsWith(str(args[0])));
    case 'indexof':
      return value(text.indexOf(str(args[0]), args.length > 1 ? int(args[1]) : 0));
    case 'lastindexof':
      return value(text.lastIndexOf(str(args[0])));
    case 'substring': {
      const start = int(args[0]);
      if (start < 0 || start > text.length)
        outOfRange('startIndex', 'startIndex cannot be larger than length of string.');
      const length = args.length > 1 ? int(args[1]) : text.length - start;
      if (length < 0 || start + length > text.length)
        outOfRange('length', 'Index and length must refer to a location within the string.');
      return value(text.substr(start, length));
    }
    case 'padleft':
      return value(text.padStart(int(args[0]), args.length > 1 ? str(args[1]) : ' '));
    case 'padright':
      return value(text.padEnd(int(args[0]), args.length > 1 ? str(args[1]) : ' '));
    case 'insert':
      return value(text.slice(0, int(args[0])) + str(args[1]) + text.slice(int(args[0])));
    case 'remove': {
      const start = int(args[0]);
      return value(
        args.length > 1 ? text.slice(0, start) + text.slice(start + int(args[1])) : text.slice(0, start),
      );
    }
    case 'tochararray':
      return value([...text]);
    case 'equals':
      return value(text === str(args[0]));
    default:
      return undefined;
  }
}
