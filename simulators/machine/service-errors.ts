/**
 * A service-control error as PowerShell's service cmdlets report it (ServiceCommandException):
 * message, error id (before the cmdlet's name in FullyQualifiedErrorId) and category.
 */
export class ServiceError extends Error {
  override name = 'ServiceError';
  readonly exceptionType = 'Microsoft.PowerShell.Commands.ServiceCommandException';

  constructor(
    message: string,
    readonly errorId: 'NoServiceFoundForGivenName' | 'CouldNotStartService',
    readonly category: 'ObjectNotFound' | 'OpenError',
    readonly targetObject: string,
  ) {
    super(message);
  }

  /** PowerShell's FullyQualifiedErrorId for this error raised by the given cmdlet class. */
  fullyQualifiedErrorId(commandClass: string): string {
    return `${this.errorId},${commandClass}`;
  }
}

/** The one place service errors are made, with the texts Get-Service / Start-Service print (3P). */
export const serviceErrors = {
  notFound: (name: string) =>
    new ServiceError(
      `Cannot find any service with service name '${name}'.`,
      'NoServiceFoundForGivenName',
      'ObjectNotFound',
      name,
    ),
  cannotStart: (name: string, displayName: string) =>
    new ServiceError(
      `Service '${displayName} (${name})' cannot be started due to the following error: Cannot start service ${name} on computer '.'.`,
      'CouldNotStartService',
      'OpenError',
      name,
    ),
};
