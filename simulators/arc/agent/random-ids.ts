/** A source of floats in [0, 1): the world's seeded random stream for this machine. */
export type RandomSource = () => number;

/** `n` random bytes as lower-case hex. */
export function randomHex(random: RandomSource, bytes: number): string {
  let hex = '';
  for (let i = 0; i < bytes; i++)
    hex += Math.floor(random() * 256)
      .toString(16)
      .padStart(2, '0');
  return hex;
}

/** A random RFC 4122 version 4 GUID, lower case as Go's uuid package prints it. */
export function randomGuid(random: RandomSource): string {
  const h = randomHex(random, 16).split('');
  h[12] = '4';
  h[16] = ((Number.parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
