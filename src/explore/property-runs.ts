/** How a suite scales `HOTPATCH_PROPERTY_RUNS`. */
export interface PropertyRunsOptions {
  /** The share of the variable's count a heavy suite makes (a CLI round trip per run, say); default 1. */
  readonly fraction?: number;
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * How many runs a property suite makes: `HOTPATCH_PROPERTY_RUNS` when set (nightly jobs raise it;
 * heavy suites take a fraction of it, never fewer than their default), else the suite's modest
 * default. A value that is not a positive integer is an error, not ignored.
 */
export function propertyRuns(defaultRuns: number, options: PropertyRunsOptions = {}): number {
  const raw = (options.env ?? process.env).HOTPATCH_PROPERTY_RUNS;
  if (raw === undefined || raw === '') return defaultRuns;
  if (!/^[1-9]\d{0,8}$/.test(raw))
    throw new Error(`HOTPATCH_PROPERTY_RUNS: expected a positive integer, got "${raw}"`);
  const fraction = options.fraction ?? 1;
  return fraction === 1 ? Number(raw) : Math.max(defaultRuns, Math.floor(Number(raw) * fraction));
}
