/**
 * A number as Windows PowerShell 5.1 prints it (invariant culture, which is also en-US here).
 * Integral values print as integers. Other doubles use .NET Framework's Double.ToString(), the
 * "G" format with 15 significant digits (DOC: .NET standard numeric format strings), so
 * `0.1 + 0.2` prints 0.3 (PowerShell 7, on .NET Core, prints 0.30000000000000004), and
 * scientific notation starts at exponent 15 or below -5: 1E+15, 1E-05.
 */
export function numberText(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER)
    return Object.is(value, -0) ? '0' : String(value);
  return general(value, 15);
}

/** .NET's "G<precision>" format of a double. */
export function general(value: number, precision: number): string {
  if (value === 0) return '0';
  const [mantissa, exponentText] = Math.abs(value)
    .toExponential(precision - 1)
    .split('e');
  const exponent = Number(exponentText);
  const digits = (mantissa ?? '').replace('.', '').replace(/0+$/, '') || '0';
  const sign = value < 0 ? '-' : '';
  if (exponent >= precision || exponent < -5) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : '';
    const exp = `${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
    return `${sign}${digits[0]}${fraction}E${exp}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}
