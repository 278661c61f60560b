import { z } from 'zod';

const KB = /^(KB\d{6,8}|RTM|SYNTHETIC-\d{4}-\d{2}-[A-Z]+)$/;

/** One release in the catalog file (format hotpatch-harness/catalog@1). */
export const releaseSchema = z.strictObject({
  kb: z.string().regex(KB, 'expected KB followed by digits, RTM, or a SYNTHETIC-YYYY-MM-KIND id'),
  type: z.enum(['rtm', 'baseline', 'hotpatch', 'lcu', 'out-of-band']),
  /** The Patch Tuesday month it belongs to (for out-of-band updates: the month it came out in). */
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
  build: z.string().regex(/^\d+\.\d+$/, 'expected a build such as 26100.6899'),
  restartRequired: z.boolean(),
  grade: z.enum(['DOC', '3P', 'INFER', 'ASSUME']),
  source: z.string().min(1),
  /** For hotpatches: the updates it installs on top of; default: the line since the latest baseline. */
  installableOn: z.array(z.string().regex(KB)).optional(),
  /** An update that keeps a machine on the hotpatch line (it counts as a base for later hotpatches). */
  keepsHotpatchLine: z.boolean().optional(),
  /** Made up to continue the planned cycle past the known data; never a real KB. */
  synthetic: z.boolean().optional(),
  note: z.string().optional(),
});

/** A catalog file. */
export const catalogFileSchema = z.strictObject({
  format: z.literal('hotpatch-harness/catalog@1'),
  product: z.string(),
  releases: z.array(z.unknown()).min(1),
});

/** One release. */
export type Release = z.output<typeof releaseSchema>;
/** The kinds of release. */
export type ReleaseType = Release['type'];
