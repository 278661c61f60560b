import { languageError } from '../errors/runtime-errors.js';
import { general } from '../values/number-text.js';
import { toPSString } from '../values/to-string.js';
import type { PSValue } from '../values/value.js';
import { itemsOf } from './collections.js';
import { LanguageFault } from './fault.js';

/**
 * `-f`: .NET composite formatting, `{index[,alignment][:format]}` with `{{`/`}}` escapes
 * (DOC: .NET composite formatting). Numbers take the standard formats C D E F G N P X and simple
 * custom patterns of 0 # , . (en-US); other values are formatted as strings.
 */
export function formatOp(format: PSValue, args: PSValue): string {
  const values = itemsOf(args) ?? [args];
  const text = toPSString(format);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if ((ch === '{' || ch === '}') && text[i + 1] === ch) {
      out += ch;
      i++;
      continue;
    }
    if (ch === '}') throw formatError();
    if (ch !== '{') {
      out += ch;
      continue;
    }
    const close = text.indexOf('}', i);
    const spec = /^(\d+)\s*(?:,\s*(-?\d+))?(?::(.*))?$/s.exec(close < 0 ? '' : text.slice(i + 1, close));
    if (!spec) throw formatError();
    const index = Number(spec[1]);
    if (index >= values.length) throw formatError();
    const piece = formatValue(values[index] ?? null, spec[3]);
    const width = Number(spec[2] ?? 0);
    out += width < 0 ? piece.padEnd(-width) : piece.padStart(width);
    i = close;
  }
  return out;
}

/** 3P: the FormatException text as 5.1 reports it. */
function formatError(): LanguageFault {
  const message =
    'Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..';
  return new LanguageFault((at) => languageError(message, 'FormatError', 'InvalidOperation', at));
}

/** One value under a format string. */
export function formatValue(value: PSValue, format: string | undefined): string {
  if (typeof value !== 'number' || !format) return toPSString(value);
  const standard = /^([CDEFGNPXcdefgnpx])(\d*)$/.exec(format);
  if (!standard) return customFormat(value, format);
  const letter = (standard[1] as string).toUpperCase();
  const digits = standard[2] === '' ? undefined : Number(standard[2]);
  switch (letter) {
    case 'D':
      return (value < 0 ? '-' : '') + String(Math.abs(Math.trunc(value))).padStart(digits ?? 0, '0');
    case 'X': {
      const hex = (value < 0 ? 2 ** 32 + value : value).toString(16).padStart(digits ?? 0, '0');
      return standard[1] === 'x' ? hex : hex.toUpperCase();
    }
    case 'F':
      return value.toFixed(digits ?? 2);
    case 'N':
      return grouped(value.toFixed(digits ?? 2));
    case 'P':
      return `${grouped((value * 100).toFixed(digits ?? 2))} %`;
    case 'C':
      return value < 0
        ? `($${grouped((-value).toFixed(digits ?? 2))})`
        : `$${grouped(value.toFixed(digits ?? 2))}`;
    case 'E': {
      const [mantissa, exponent] = value.toExponential(digits ?? 6).split('e');
      const exp = Number(exponent);
      return `${mantissa}${standard[1] === 'e' ? 'e' : 'E'}${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(3, '0')}`;
    }
    default:
      return general(value, digits ?? 15);
  }
}

function grouped(fixed: string): string {
  const [whole = '', fraction] = fixed.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${digits}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** Custom numeric formats made of 0, #, a thousands comma and one decimal point. */
function customFormat(value: number, format: string): string {
  if (!/^[0#,]*(\.[0#]*)?$/.test(format)) return format;
  const [whole = '', fraction = ''] = format.split('.');
  const decimals = fraction.length;
  const minDecimals = fraction.replace(/#+$/, '').length;
  let fixed = Math.abs(value).toFixed(decimals);
  if (decimals > minDecimals)
    fixed = fixed.replace(new RegExp(`0{1,${decimals - minDecimals}}$`), '').replace(/\.$/, '');
  let [int = '', frac] = fixed.split('.');
  const minWhole = whole.replace(/,/g, '').replace(/^#+/, '').length;
  int = int === '0' && minWhole === 0 ? '' : int.padStart(minWhole, '0');
  if (whole.includes(',')) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = frac ? `${int}.${frac}` : int;
  return `${value < 0 && body !== '' ? '-' : ''}${body}`;
}
