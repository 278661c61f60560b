import { numberLiteral } from '../syntax/number-literal.js';

/**
 * INFER (LanguagePrimitives string conversions): a string read as a number the way PowerShell converts strings in arithmetic and casts:
 * surrounding white space is ignored, an empty string is 0, hex and multiplier suffixes work,
 * a sign is allowed. Undefined when the text is not a number.
 */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  const sign = trimmed.startsWith('-') ? -1 : 1;
  const body = trimmed.replace(/^[+-]/, '');
  const literal = numberLiteral(body);
  if (literal !== undefined) return sign * literal;
  // .NET also accepts "5." and "1,000" style grouping is not accepted; keep to the plain forms.
  if (/^\d+\.$/.test(body)) return sign * Number(body.slice(0, -1));
  return undefined;
}
