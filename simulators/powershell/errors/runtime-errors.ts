import type { ConversionError } from '../values/conversion-error.js';
import type { PSValue } from '../values/value.js';
import { ErrorRecord, type InvocationInfo, type ScriptPosition } from './error-record.js';
import { PSException } from './exception.js';

const RUNTIME = 'System.Management.Automation.RuntimeException';

/** An error raised by the language itself (not a command): it carries only a position. */
export function languageError(
  message: string,
  errorId: string,
  category: string,
  position: ScriptPosition | undefined,
  options: { exceptionType?: string; target?: PSValue; inner?: PSException } = {},
): ErrorRecord {
  return new ErrorRecord({
    exception: new PSException(options.exceptionType ?? RUNTIME, message, options.inner),
    errorId,
    category,
    targetObject: options.target ?? null,
    invocation: { invocationName: '', ...(position ? { position } : {}) },
  });
}

/**
 * `throw <value>`. 3P (5.1 output): a string becomes a RuntimeException with that message, the
 * message is also the FullyQualifiedErrorId, the category OperationStopped and the string the
 * target; `throw` alone says "ScriptHalted".
 */
export function thrownValue(value: PSValue, message: string, position: ScriptPosition): ErrorRecord {
  if (value === null) return languageError('ScriptHalted', 'ScriptHalted', 'OperationStopped', position);
  return languageError(message, message, 'OperationStopped', position, { target: value });
}

/** 3P: "The term 'X' is not recognized ..." (CommandNotFoundException), positioned on the name. */
export function commandNotFound(name: string, position: ScriptPosition): ErrorRecord {
  const message = `The term '${name}' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`;
  const invocation: InvocationInfo = { invocationName: name, position };
  return new ErrorRecord({
    exception: new PSException('System.Management.Automation.CommandNotFoundException', message),
    errorId: 'CommandNotFoundException',
    category: 'ObjectNotFound',
    targetObject: name,
    invocation,
  });
}

/** 3P: a failed cast is a RuntimeException (InvalidArgument) wrapping the PSInvalidCastException. */
export function castError(error: ConversionError, position: ScriptPosition): ErrorRecord {
  const inner = new PSException('System.Management.Automation.PSInvalidCastException', error.message);
  return languageError(error.message, error.errorId, 'InvalidArgument', position, { inner });
}

/** 3P: "Method invocation failed because [T] does not contain a method named 'M'." */
export function methodNotFound(typeName: string, method: string, position: ScriptPosition): ErrorRecord {
  return languageError(
    `Method invocation failed because [${typeName}] does not contain a method named '${method}'.`,
    'MethodNotFound',
    'InvalidOperation',
    position,
  );
}

/** 3P: `Exception calling "M" with "N" argument(s): "inner message"` (MethodInvocationException). */
export function methodException(
  method: string,
  argCount: number,
  inner: PSException,
  errorId: string,
  position: ScriptPosition,
): ErrorRecord {
  return languageError(
    `Exception calling "${method}" with "${argCount}" argument(s): "${inner.message}"`,
    errorId,
    'NotSpecified',
    position,
    {
      exceptionType: 'System.Management.Automation.MethodInvocationException',
      inner,
    },
  );
}
