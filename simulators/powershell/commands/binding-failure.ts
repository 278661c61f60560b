import type { Extent } from '../syntax/extent.js';

/**
 * A parameter binding error before it is attributed to a command: its id and message, and
 * whether it points at an argument (extent) or at the whole command. 3P (real 5.1 output):
 * unknown, ambiguous and argument-less parameters point at the parameter; positional and
 * missing-mandatory errors at the command.
 */
export class BindingFailure extends Error {
  override name = 'BindingFailure';

  constructor(
    readonly errorId: string,
    message: string,
    readonly at: Extent | 'command',
    readonly category = 'InvalidArgument',
    readonly exceptionType = 'System.Management.Automation.ParameterBindingException',
  ) {
    super(message);
  }
}

/** DOC: ParameterBinderStrings (PowerShell source), with PowerShell's formatting of the lists. */
export const bindingFailures = {
  notFound: (name: string, at: Extent) =>
    new BindingFailure(
      'NamedParameterNotFound',
      `A parameter cannot be found that matches parameter name '${name}'.`,
      at,
    ),
  ambiguous: (name: string, matches: readonly string[], at: Extent) =>
    new BindingFailure(
      'AmbiguousParameter',
      `Parameter cannot be processed because the parameter name '${name}' is ambiguous. Possible matches include:${matches.map((m) => ` -${m}`).join('')}.`,
      at,
    ),
  missingArgument: (name: string, typeName: string, at: Extent) =>
    new BindingFailure(
      'MissingArgument',
      `Missing an argument for parameter '${name}'. Specify a parameter of type '${typeName}' and try again.`,
      at,
    ),
  alreadyBound: (name: string, at: Extent) =>
    new BindingFailure(
      'ParameterAlreadyBound',
      `Cannot bind parameter because parameter '${name}' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".`,
      at,
    ),
  positional: (argument: string) =>
    new BindingFailure(
      'PositionalParameterNotFound',
      `A positional parameter cannot be found that accepts argument '${argument}'.`,
      'command',
    ),
  /** 3P (5.1's text; PowerShell 7 appends more sentences). */
  ambiguousSet: () =>
    new BindingFailure(
      'AmbiguousParameterSet',
      'Parameter set cannot be resolved using the specified named parameters.',
      'command',
    ),
  /** DOC (BuildMissingParamsString): each name is preceded by a space. */
  missingMandatory: (names: readonly string[]) =>
    new BindingFailure(
      'MissingMandatoryParameter',
      `Cannot process command because of one or more missing mandatory parameters:${names.map((n) => ` ${n}`).join('')}.`,
      'command',
    ),
  cannotConvert: (name: string, reason: string, at: Extent | 'command') =>
    new BindingFailure('CannotConvertArgumentNoMessage', `Cannot bind parameter '${name}'. ${reason}`, at),
  transformation: (name: string, reason: string, at: Extent | 'command') =>
    new BindingFailure(
      'ParameterArgumentTransformationError',
      `Cannot process argument transformation on parameter '${name}'. ${reason}`,
      at,
    ),
  validateSet: (name: string, value: string, set: readonly string[], at: Extent | 'command') =>
    new BindingFailure(
      'ParameterArgumentValidationError',
      `Cannot validate argument on parameter '${name}'. The argument "${value}" does not belong to the set "${set.join(',')}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`,
      at,
    ),
  inputNotBound: () =>
    new BindingFailure(
      'InputObjectNotBound',
      'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.',
      'command',
    ),
};
