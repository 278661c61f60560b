import type { PSValue } from './value.js';

/**
 * A value that cannot become the wanted type, with LanguagePrimitives' wording (3P: real 5.1 output). The evaluator
 * turns it into a RuntimeException (casts) or a ParameterBindingException (parameters).
 */
export class ConversionError extends Error {
  override name = 'ConversionError';

  constructor(
    readonly value: PSValue,
    readonly valueText: string,
    readonly targetType: string,
    /** The inner .NET error; absent when no conversion exists at all. */
    readonly reason: string | undefined,
    /** PowerShell's error id, e.g. InvalidCastFromStringToInteger. */
    readonly errorId: string,
    readonly sourceType = '',
  ) {
    super(
      reason === undefined
        ? `Cannot convert the "${valueText}" value of type "${sourceType}" to type "${targetType}".`
        : `Cannot convert value "${valueText}" to type "${targetType}". Error: "${reason}"`,
    );
  }
}
