/**
 * Thrown when a caller breaks a precondition of the simulated world's API. This is a bug in the
 * caller (a playbook, the engine, a test), never something a simulated Windows would report.
 */
export class InvariantError extends Error {
  override name = 'InvariantError';
}

/**
 * Asserts a precondition of the API. The message gets the `[hotpatch-harness]` prefix so a broken
 * precondition is never mistaken for an emulated Windows error.
 */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new InvariantError(`[hotpatch-harness] ${message}`);
}
