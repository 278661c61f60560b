import type { CommandErrorLike } from '../commands/types.js';
import type { PSValue } from '../values/value.js';
import { ErrorRecord, type InvocationInfo } from './error-record.js';
import { PSException } from './exception.js';

/**
 * True for an error a command can raise: the project's RegistryError and ServiceError, or any
 * object with a message, an exception type, an error id (or a FullyQualifiedErrorId) and a category.
 */
export function isCommandError(error: unknown): error is CommandErrorLike {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as Record<string, unknown>;
  const hasId = typeof e.errorId === 'string' || typeof e.fullyQualifiedErrorId === 'string';
  return (
    typeof e.message === 'string' &&
    typeof e.exceptionType === 'string' &&
    typeof e.category === 'string' &&
    hasId
  );
}

/**
 * DOC (ErrorRecord, Cmdlet.WriteError): the ErrorRecord a command's error becomes: the exception type and message, the error id (the
 * FullyQualifiedErrorId gets the command's class appended, as for any cmdlet error), the category
 * and the target object, attributed to the command's invocation.
 */
export function commandErrorRecord(
  error: CommandErrorLike | ErrorRecord,
  invocation: InvocationInfo,
): ErrorRecord {
  if (error instanceof ErrorRecord) return error.invocation ? error : error.withInvocation(invocation);
  const raw = error as CommandErrorLike & { fullyQualifiedErrorId?: unknown };
  const errorId =
    typeof raw.errorId === 'string' ? raw.errorId : (String(raw.fullyQualifiedErrorId).split(',')[0] ?? '');
  return new ErrorRecord({
    exception: new PSException(raw.exceptionType, raw.message),
    errorId,
    category: raw.category,
    targetObject: targetValue(raw.targetObject),
    invocation,
  });
}

/** Command errors name their target as a string or as one of the host's values. */
function targetValue(target: unknown): PSValue {
  if (target === undefined || target === null) return null;
  return target as PSValue;
}
