/** Groups an integer's digits by thousands with commas (US style), without asking the locale. */
function groupThousands(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/**
 * US dollars the same on every host: `US$1,234.50`. Rounds half away from zero on the binary value
 * (so 1.005 gives 1.00, as the double is below 1.005). Not-a-number and infinities give `n/a`.
 */
export function formatUsd(amount: number, decimals: 0 | 2 = 2): string {
  if (!Number.isFinite(amount)) return 'n/a';
  const scale = decimals === 2 ? 100 : 1;
  const units = Math.round(Math.abs(amount) * scale);
  const whole = groupThousands(String(Math.floor(units / scale)));
  const fraction = decimals === 2 ? `.${String(units % scale).padStart(2, '0')}` : '';
  return `${amount < 0 && units > 0 ? '-' : ''}US$${whole}${fraction}`;
}

/** A count with thousands separators (`12,345`); non-integers keep JavaScript's own spelling. */
export function formatCount(count: number): string {
  if (!Number.isSafeInteger(count)) return String(count);
  const digits = groupThousands(String(Math.abs(count)));
  return count < 0 ? `-${digits}` : digits;
}
