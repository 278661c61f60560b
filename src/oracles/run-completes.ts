import { type Oracle, type Violation, violation } from './oracle.js';

/**
 * A scenario the loader and the world accept runs to its end (DESIGN.md principles 2 and 6: bad
 * input is refused up front with a clear message, never an internal error mid-run). The check
 * itself finds nothing in a finished report: `checkRun` reports a run that threw through
 * {@link runFailed}.
 */
export const runCompletes: Oracle = {
  id: 'run-completes',
  cites: 'DESIGN.md principles 2, 6',
  statement: 'a scenario the loader and the world accept runs to the end without an internal error',
  check: () => [],
};

/** The violation for a run that threw. */
export function runFailed(error: unknown): Violation {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return violation(runCompletes, `the run threw ${message}`);
}
