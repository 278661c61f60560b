import type { ErrorRecord, InvocationInfo } from '../errors/error-record.js';
import type { PSException } from '../errors/exception.js';
import { positionMessage } from '../errors/position-message.js';
import { PSObject } from '../values/ps-object.js';
import { dotNetString } from '../values/to-string.js';
import { shortTypeName, typeNameOf } from '../values/type-of.js';
import type { PSValue } from '../values/value.js';

/** DOC (ErrorRecord, ErrorCategoryInfo, InvocationInfo): the properties scripts read from an ErrorRecord (`$_.Exception.Message`, `$_.CategoryInfo.Category`...). */
export function errorRecordMember(record: ErrorRecord, name: string): PSValue | undefined {
  switch (name.toLowerCase()) {
    case 'exception':
      return record.exception;
    case 'fullyqualifiederrorid':
      return record.fullyQualifiedErrorId;
    case 'targetobject':
      return record.targetObject;
    case 'categoryinfo':
      return categoryInfo(record);
    case 'invocationinfo':
      return invocationInfo(record.invocation);
    case 'errordetails':
      return errorDetails(record);
    // ASSUME: a one-frame stack trace naming the position; real traces list every frame.
    case 'scriptstacktrace':
      return record.invocation?.position
        ? `at <ScriptBlock>, ${record.invocation.position.file ?? '<No file>'}: line ${record.invocation.position.extent.line}`
        : '';
    default:
      return undefined;
  }
}

/** The properties of an exception: Message, InnerException, ErrorRecord and its type's own. */
export function exceptionMember(exception: PSException, name: string): PSValue | undefined {
  switch (name.toLowerCase()) {
    case 'message':
      return exception.message;
    case 'innerexception':
      return exception.inner ?? null;
    case 'errorrecord':
      return exception.errorRecord ?? null;
    default:
      return exception.member(name);
  }
}

/** DOC (ErrorDetails): Message and RecommendedAction; $null when the record has none. */
function errorDetails(record: ErrorRecord): PSValue {
  const message = record.errorDetails;
  if (message === undefined) return null;
  return new PSObject(
    ['System.Management.Automation.ErrorDetails', 'System.Object'],
    [
      ['Message', message],
      ['RecommendedAction', null],
    ],
    { text: () => message },
  );
}

function categoryInfo(record: ErrorRecord): PSObject {
  const target = record.targetObject;
  return new PSObject(
    ['System.Management.Automation.ErrorCategoryInfo'],
    [
      ['Category', record.category],
      ['Activity', record.activity],
      ['Reason', record.exception.shortName],
      ['TargetName', target === null ? '' : dotNetString(target)],
      ['TargetType', target === null ? '' : shortTypeName(typeNameOf(target) ?? '')],
    ],
    { text: () => record.categoryInfo },
  );
}

function invocationInfo(info: InvocationInfo | undefined): PSValue {
  if (!info) return null;
  const position = info.position;
  const line = position ? (position.source.split(/\r?\n/)[position.extent.line - 1] ?? '') : '';
  const myCommand = info.command
    ? new PSObject(
        ['System.Management.Automation.CommandInfo'],
        [
          ['Name', info.command.name],
          ['CommandType', info.command.type],
        ],
        { text: () => info.command?.name ?? '' },
      )
    : null;
  return new PSObject(
    ['System.Management.Automation.InvocationInfo'],
    [
      ['MyCommand', myCommand],
      ['InvocationName', info.invocationName],
      ['ScriptName', position?.file ?? ''],
      ['ScriptLineNumber', position?.extent.line ?? 0],
      ['OffsetInLine', position?.extent.column ?? 0],
      ['Line', line],
      ['PositionMessage', position ? positionMessage(position) : ''],
    ],
  );
}
