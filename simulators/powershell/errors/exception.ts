import type { PSValue } from '../values/value.js';
import type { ErrorRecord } from './error-record.js';

/**
 * A .NET exception as scripts see it (`$_.Exception`): its type's full name, its message, any
 * inner exception and the members its type adds (WebException's Response and Status). An
 * exception carried by an ErrorRecord points back at it, as IContainsErrorRecord does, so
 * `throw $_.Exception` keeps the original record.
 */
export class PSException {
  errorRecord: ErrorRecord | undefined;

  constructor(
    readonly typeName: string,
    readonly message: string,
    readonly inner?: PSException,
    readonly members: readonly (readonly [string, PSValue])[] = [],
  ) {}

  /** A member the exception's type adds, by name (any case); undefined when it has none. */
  member(name: string): PSValue | undefined {
    return this.members.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
  }

  /** The type's short name (`ItemNotFoundException`), as CategoryInfo's reason shows it. */
  get shortName(): string {
    return this.typeName.slice(this.typeName.lastIndexOf('.') + 1);
  }

  /** DOC: Exception.ToString() starts with "<type>: <message>" (the stack trace is not emulated). */
  toString(): string {
    return `${this.typeName}: ${this.message}`;
  }
}
