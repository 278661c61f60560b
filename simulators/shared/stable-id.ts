import { createHash } from 'node:crypto';

/**
 * A GUID derived from text, the same on every run and host (for vmId, InstanceIdentifier and the
 * like): the first 16 bytes of a SHA-256, shaped as an RFC 4122 version 8 (custom) UUID.
 */
export function stableGuid(text: string): string {
  const bytes = createHash('sha256').update(text).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
