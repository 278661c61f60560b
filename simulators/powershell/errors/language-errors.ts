import type { ScriptPosition } from './error-record.js';
import { PSException } from './exception.js';
import { languageError } from './runtime-errors.js';

/** The language's fixed runtime errors, with 5.1's texts and ids. */
export const languageErrors = {
  /** 3P: 1/0. */
  divideByZero: (position: ScriptPosition) =>
    languageError('Attempted to divide by zero.', 'RuntimeException', 'NotSpecified', position, {
      inner: new PSException('System.DivideByZeroException', 'Attempted to divide by zero.'),
    }),
  nullArray: (position: ScriptPosition) =>
    languageError('Cannot index into a null array.', 'NullArray', 'InvalidOperation', position),
  nullMethod: (position: ScriptPosition) =>
    languageError(
      'You cannot call a method on a null-valued expression.',
      'InvokeMethodOnNull',
      'InvalidOperation',
      position,
    ),
  /** 3P (about_Hash_Tables example output). */
  duplicateKey: (key: string, position: ScriptPosition) =>
    languageError(
      `Item has already been added. Key in dictionary: '${key}'  Key being added: '${key}'`,
      'System.ArgumentException',
      'OperationStopped',
      position,
      {
        exceptionType: 'System.ArgumentException',
      },
    ),
  propertyNotFound: (name: string, position: ScriptPosition) =>
    languageError(
      `The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`,
      'PropertyAssignmentException',
      'InvalidOperation',
      position,
    ),
  readOnlyVariable: (name: string, position: ScriptPosition) =>
    languageError(
      `Cannot overwrite variable ${name} because it is read-only or constant.`,
      'VariableNotWritable',
      'WriteError',
      position,
      {
        exceptionType: 'System.Management.Automation.SessionStateUnauthorizedAccessException',
        target: name,
      },
    ),
  badRegex: (pattern: string, reason: string, position: ScriptPosition) =>
    languageError(
      `The regular expression pattern ${pattern} is not valid.`,
      'InvalidRegularExpression',
      'InvalidOperation',
      position,
      {
        target: pattern,
        inner: new PSException('System.ArgumentException', reason),
      },
    ),
  notComparable: (left: string, right: string, position: ScriptPosition) =>
    languageError(
      `Cannot compare "${left}" because it is not IComparable.`,
      'NotIcomparable',
      'InvalidOperation',
      position,
      { target: right },
    ),
};
