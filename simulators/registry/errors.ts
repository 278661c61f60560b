/** PowerShell's ErrorCategory names that registry errors use. */
export type ErrorCategory =
  | 'ObjectNotFound'
  | 'ResourceExists'
  | 'InvalidArgument'
  | 'WriteError'
  | 'NotImplemented';

/** What went wrong, as a stable code callers can switch on. */
export type RegistryErrorCode =
  | 'PathNotFound'
  | 'DriveNotFound'
  | 'KeyAlreadyExists'
  | 'ParentKeyNotFound'
  | 'PropertyAlreadyExists'
  | 'PropertyNotFound'
  | 'InvalidPropertyType'
  | 'InvalidCast'
  | 'HiveRoot'
  | 'NotEmulated';

/**
 * A registry error as Windows PowerShell's registry provider reports it: the exception's .NET
 * type, its message, the error id (the part of FullyQualifiedErrorId before the cmdlet's name)
 * and the category. The script host prints these as real PowerShell would.
 */
export class RegistryError extends Error {
  override name = 'RegistryError';

  constructor(
    readonly code: RegistryErrorCode,
    message: string,
    readonly exceptionType: string,
    readonly errorId: string,
    readonly category: ErrorCategory,
    readonly targetObject: string,
  ) {
    super(message);
  }

  /** PowerShell's FullyQualifiedErrorId for this error raised by the given cmdlet class. */
  fullyQualifiedErrorId(commandClass: string): string {
    return `${this.errorId},${commandClass}`;
  }
}

const IO = 'System.IO.IOException';
const ARGUMENT = 'System.ArgumentException';
const PS_ARGUMENT = 'System.Management.Automation.PSArgumentException';
const INVALID_CAST = 'System.Management.Automation.PSInvalidCastException';

/** The one place registry errors are made, with PowerShell's texts (RegistryProviderStrings, SessionStateStrings). */
export const registryErrors = {
  /** The engine's path resolution; the path appears as the caller typed it. */
  pathNotFound: (path: string) =>
    new RegistryError(
      'PathNotFound',
      `Cannot find path '${path}' because it does not exist.`,
      'System.Management.Automation.ItemNotFoundException',
      'PathNotFound',
      'ObjectNotFound',
      path,
    ),
  driveNotFound: (drive: string) =>
    new RegistryError(
      'DriveNotFound',
      `Cannot find drive. A drive with the name '${drive}' does not exist.`,
      'System.Management.Automation.DriveNotFoundException',
      'DriveNotFound',
      'ObjectNotFound',
      drive,
    ),
  /** A path whose first part is no hive: path resolution finds nothing there. */
  invalidHive: (path: string) => registryErrors.pathNotFound(path),
  /** New-Item on an existing key without -Force; the provider names its error after the exception. */
  keyAlreadyExists: (nativePath: string) =>
    new RegistryError(
      'KeyAlreadyExists',
      'A key in this path already exists.',
      IO,
      IO,
      'ResourceExists',
      nativePath,
    ),
  /** New-Item without -Force under a parent that does not exist. */
  parentKeyNotFound: (parentNativePath: string) =>
    new RegistryError(
      'ParentKeyNotFound',
      'The registry key at the specified path does not exist.',
      ARGUMENT,
      ARGUMENT,
      'InvalidArgument',
      parentNativePath,
    ),
  propertyAlreadyExists: (nativePath: string) =>
    new RegistryError(
      'PropertyAlreadyExists',
      'The property already exists.',
      IO,
      IO,
      'ResourceExists',
      nativePath,
    ),
  /** Get-ItemProperty -Name / Remove-ItemProperty of a value that is not there; the path is native. */
  propertyNotFound: (name: string, nativePath: string) =>
    new RegistryError(
      'PropertyNotFound',
      `Property ${name} does not exist at path ${nativePath}.`,
      PS_ARGUMENT,
      PS_ARGUMENT,
      'InvalidArgument',
      name,
    ),
  invalidPropertyType: (type: string) =>
    new RegistryError(
      'InvalidPropertyType',
      `Could not bind parameter 'Type'. Could not convert "${type}" to "Microsoft.Win32.RegistryValueKind". The possible enumeration values are "String, ExpandString, Binary, DWord, MultiString, QWord, Unknown".`,
      ARGUMENT,
      ARGUMENT,
      'InvalidArgument',
      type,
    ),
  /** LanguagePrimitives.ConvertTo failing, e.g. 4294967296 as a DWord. */
  invalidCast: (value: string, typeName: string, reason: string) =>
    new RegistryError(
      'InvalidCast',
      `Cannot convert value "${value}" to type "${typeName}". Error: "${reason}"`,
      INVALID_CAST,
      INVALID_CAST,
      'WriteError',
      value,
    ),
  hiveRoot: (nativePath: string) =>
    new RegistryError(
      'HiveRoot',
      `[hotpatch-harness] the root of ${nativePath} cannot be removed or recreated.`,
      'System.NotSupportedException',
      'System.NotSupportedException',
      'NotImplemented',
      nativePath,
    ),
  remoteRegistry: (path: string) =>
    new RegistryError(
      'NotEmulated',
      `[hotpatch-harness] remote registry paths are not emulated: '${path}'.`,
      'System.NotSupportedException',
      'System.NotSupportedException',
      'NotImplemented',
      path,
    ),
};
