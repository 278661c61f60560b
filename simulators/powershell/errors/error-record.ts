import type { Extent } from '../syntax/extent.js';
import type { PSValue } from '../values/value.js';
import { categoryInfoText } from './category-info.js';
import type { PSException } from './exception.js';

/** The command an error is attributed to (InvocationInfo.MyCommand). */
export interface CommandInfo {
  readonly name: string;
  readonly type: 'Cmdlet' | 'Function' | 'ExternalScript' | 'Script' | 'Application';
  /** A cmdlet's implementing class, which FullyQualifiedErrorId names (Microsoft.PowerShell.Commands.GetItemCommand). */
  readonly commandClass?: string;
  /** An external script's path. */
  readonly path?: string;
  /** A script block's text (a script run as a command line). */
  readonly scriptText?: string;
}

/** Where the failing command sits in a script, for "At line:N char:M". */
export interface ScriptPosition {
  readonly file?: string;
  readonly source: string;
  readonly extent: Extent;
}

/** InvocationInfo: the command, the name it was invoked by (an alias stays an alias), the position. */
export interface InvocationInfo {
  readonly command?: CommandInfo;
  readonly invocationName: string;
  readonly position?: ScriptPosition;
}

/** What an ErrorRecord is made from. */
export interface ErrorRecordInit {
  readonly exception: PSException;
  /** The id before the command part of FullyQualifiedErrorId. */
  readonly errorId: string;
  readonly category: string;
  readonly targetObject?: PSValue;
  readonly invocation?: InvocationInfo;
  /** CategoryInfo.Activity when not the command's name (Write-Error sets "Write-Error"). */
  readonly activity?: string;
  /** ErrorDetails.Message: shown instead of the exception's message (a web cmdlet's response body). */
  readonly errorDetails?: string;
}

/**
 * System.Management.Automation.ErrorRecord: the exception, FullyQualifiedErrorId (the error id
 * and, for an error raised by a command, a comma and the command's class or name), the category
 * and target for CategoryInfo, and the invocation for the position message.
 */
export class ErrorRecord {
  readonly exception: PSException;
  readonly errorId: string;
  readonly category: string;
  readonly targetObject: PSValue;
  readonly invocation: InvocationInfo | undefined;
  readonly activity: string;
  readonly errorDetails: string | undefined;

  constructor(init: ErrorRecordInit) {
    this.exception = init.exception;
    this.errorId = init.errorId;
    this.category = init.category;
    this.targetObject = init.targetObject ?? null;
    this.invocation = init.invocation;
    this.activity = init.activity ?? init.invocation?.command?.name ?? '';
    this.errorDetails = init.errorDetails || undefined;
    this.exception.errorRecord ??= this;
  }

  /**
   * DOC (ErrorRecord.GetInvocationTypeName): a cmdlet adds its class, a function or script its
   * name; 3P (5.1 output, "FullyQualifiedErrorId : NativeCommandError"): a native program nothing.
   */
  get fullyQualifiedErrorId(): string {
    const command = this.invocation?.command;
    const bare = command?.type === 'Script' || command?.type === 'Application';
    const suffix = command?.commandClass ?? (bare ? '' : command?.name);
    return suffix ? `${this.errorId},${suffix}` : this.errorId;
  }

  /** ErrorCategoryInfo.ToString(): `Category: (target:Type) [Activity], Reason`. */
  get categoryInfo(): string {
    return categoryInfoText(this.category, this.targetObject, this.activity, this.exception.shortName);
  }

  /** A copy attributed to another invocation (Write-Error reports its caller's). */
  withInvocation(invocation: InvocationInfo | undefined, activity?: string): ErrorRecord {
    return new ErrorRecord({ ...this, invocation, activity: activity ?? this.activity });
  }

  /** DOC: ErrorRecord.ToString() is ErrorDetails.Message when set, else the exception's message. */
  toString(): string {
    return this.errorDetails ?? this.exception.message;
  }
}
