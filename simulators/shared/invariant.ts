/**
 * Thrown when a caller breaks a precondition of the simulated world's API. This is a bug in the
 * caller (a playbook, the engine, a test), never something a simulated Windows would report.
 */
export class InvariantError extends Error {
  override name = 'InvariantError';
}

/**
 * Asserts a precondition of the API. The message gets the `[hotpatch-harness]` prefix so a broken
 * precondition is never mistaken for an emulated Windows error. A message built from values is
 * given as a function: hot paths check invariants millions of times and build the text never.
 */
export function invariant(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition)
    throw new InvariantError(`[hotpatch-harness] ${typeof message === 'string' ? message : message()}`);
}
