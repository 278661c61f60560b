/** PowerShell's ErrorCategory names that CIM errors use. */
export type CimErrorCategory = 'MetadataError' | 'InvalidArgument' | 'InvalidType';

/** What went wrong, as a stable code callers can switch on. */
export type CimErrorCode = 'InvalidNamespace' | 'InvalidClass' | 'InvalidQuery';

/** Get-CimInstance's cmdlet class, for {@link CimError.fullyQualifiedErrorId}. */
export const GET_CIM_INSTANCE = 'Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand';
/** Get-WmiObject's cmdlet class. */
export const GET_WMI_OBJECT = 'Microsoft.PowerShell.Commands.GetWmiObjectCommand';

/**
 * A CIM error as PowerShell reports it: the exception's .NET type and message, the error id (the
 * part of FullyQualifiedErrorId before the cmdlet's class), the category, the WMI HRESULT and the
 * target object (null where PowerShell shows `(:)`).
 */
export class CimError extends Error {
  override name = 'CimError';

  constructor(
    readonly code: CimErrorCode,
    message: string,
    readonly exceptionType: string,
    readonly errorId: string,
    readonly category: CimErrorCategory,
    readonly hresult: number,
    readonly targetObject: string | null,
  ) {
    super(message);
  }

  /** PowerShell's FullyQualifiedErrorId for this error raised by the given cmdlet class. */
  fullyQualifiedErrorId(cmdletClass: string): string {
    return `${this.errorId},${cmdletClass}`;
  }
}
