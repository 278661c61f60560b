import { compareCodeUnits } from './reasons.js';

/** The keys of a scenario `expect` entry, in schema order (src/scenario/schema.ts). */
export const EXPECT_KEYS = ['month', 'machine', 'restarts', 'kind', 'update', 'reasons'] as const;

/**
 * A free-form record rebuilt with a fixed key order: the listed keys first, then the rest in
 * code-unit order; nested plain objects are sorted the same way, arrays keep their order.
 */
export function canonicalRecord(
  record: Record<string, unknown>,
  firstKeys: readonly string[] = [],
): Record<string, unknown> {
  const keys = Object.keys(record);
  const first = firstKeys.filter((key) => keys.includes(key));
  const rest = keys.filter((key) => !firstKeys.includes(key)).sort(compareCodeUnits);
  const out: Record<string, unknown> = {};
  for (const key of [...first, ...rest]) out[key] = canonicalValue(record[key]);
  return out;
}

function canonicalValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (value !== null && typeof value === 'object') return canonicalRecord(value as Record<string, unknown>);
  return value;
}

/**
 * A record as `key=value` pairs in canonical order, for reading: strings bare, everything else as
 * JSON (`machine=web-01 restarts=1 reasons=["baseline"]`).
 */
export function describeRecord(record: Record<string, unknown>): Array<[string, string]> {
  return Object.entries(canonicalRecord(record, EXPECT_KEYS)).map(([key, value]) => [
    key,
    typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)),
  ]);
}
