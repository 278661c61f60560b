const MULTIPLIERS: Record<string, number> = {
  kb: 1024,
  mb: 1024 ** 2,
  gb: 1024 ** 3,
  tb: 1024 ** 4,
  pb: 1024 ** 5,
};

const DECIMAL = /^(\d+)(l|d)?(kb|mb|gb|tb|pb)?$/i;
const HEX = /^0x([0-9a-f]+)(l)?(kb|mb|gb|tb|pb)?$/i;
const REAL = /^(\d*\.\d+|\d+(?=e))(e[+-]?\d+)?(d)?(kb|mb|gb|tb|pb)?$/i;

/**
 * The value of a PowerShell number literal, or undefined when the text is not one. Case does
 * not matter (`1MB`, `0XFF`, `5L`), as in PowerShell's tokenizer.
 */
export function numberLiteral(text: string): number | undefined {
  const hex = HEX.exec(text);
  if (hex) return hexValue(hex[1] ?? '', hex[2] !== undefined) * multiplier(hex[3]);
  const decimal = DECIMAL.exec(text);
  if (decimal) return Number(decimal[1]) * multiplier(decimal[3]);
  const real = REAL.exec(text);
  if (real) return Number(`${real[1]}${real[2] ?? ''}`) * multiplier(real[4]);
  return undefined;
}

const multiplier = (suffix: string | undefined): number =>
  suffix ? (MULTIPLIERS[suffix.toLowerCase()] ?? 1) : 1;

/**
 * DOC (about_Numeric_Literals, 5.1): a hex literal is an Int32 while its bits fit in 32, read as
 * two's complement (0xFFFFFFFF is -1), else an Int64; the `l` suffix forces Int64.
 */
function hexValue(digits: string, long: boolean): number {
  const value = BigInt(`0x${digits}`);
  if (!long && value <= 0xffffffffn) return Number(BigInt.asIntN(32, value));
  return Number(BigInt.asIntN(64, value));
}
