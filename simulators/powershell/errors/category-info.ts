import { dotNetString } from '../values/to-string.js';
import { shortTypeName, typeNameOf } from '../values/type-of.js';
import type { PSValue } from '../values/value.js';

/** DOC: the ErrorCategory enumeration (System.Management.Automation). */
export const ERROR_CATEGORIES = [
  'NotSpecified',
  'OpenError',
  'CloseError',
  'DeviceError',
  'DeadlockDetected',
  'InvalidArgument',
  'InvalidData',
  'InvalidOperation',
  'InvalidResult',
  'InvalidType',
  'MetadataError',
  'NotImplemented',
  'NotInstalled',
  'ObjectNotFound',
  'OperationStopped',
  'OperationTimeout',
  'SyntaxError',
  'ParserError',
  'PermissionDenied',
  'ResourceBusy',
  'ResourceExists',
  'ResourceUnavailable',
  'ReadError',
  'WriteError',
  'FromStdErr',
  'SecurityError',
  'ProtocolError',
  'ConnectionError',
  'AuthenticationError',
  'LimitsExceeded',
  'QuotaExceeded',
  'NotEnabled',
] as const;

/**
 * ErrorCategoryInfo.GetMessage(): `Category: (TargetName:TargetType) [Activity], Reason`. 3P
 * (real 5.1 output, e.g. "OperationStopped: (Hash mismatch: ...b1a7636ef1a41e5:String) []"): a
 * target name longer than 40 characters keeps its first and last 15 around "...".
 */
export function categoryInfoText(
  category: string,
  target: PSValue,
  activity: string,
  reason: string,
): string {
  const targetName = target === null ? '' : ellipsize(dotNetString(target));
  const targetType = target === null ? '' : shortTypeName(typeNameOf(target) ?? '');
  return `${category}: (${targetName}:${targetType}) [${activity}], ${reason}`;
}

function ellipsize(text: string): string {
  return text.length <= 40 ? text : `${text.slice(0, 15)}...${text.slice(-15)}`;
}
