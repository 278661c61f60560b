import { findClass } from './classes/index.js';
import { cimErrors } from './error-factory.js';
import type { CimHost } from './host.js';
import type { CimInstance } from './instance.js';
import { DEFAULT_NAMESPACE, resolveNamespace } from './namespace.js';
import { compileQuery } from './wql/compile.js';
import { WqlSyntaxError } from './wql/lexer.js';
import { parseWql } from './wql/parser.js';

/** Get-CimInstance -ClassName's narrowing parameters. */
export interface GetInstancesOptions {
  /** -Filter: a WQL condition. */
  readonly filter?: string;
  /** -Property: the properties to return. */
  readonly property?: readonly string[];
}

/**
 * One machine's CIM repository. It stores nothing: every call derives the instances from the
 * host as the machine stands now. Errors are Get-CimInstance's (see error-factory.ts).
 */
export class CimRepository {
  constructor(private readonly host: CimHost) {}

  /**
   * Get-CimInstance -Namespace -ClassName. With -Filter or -Property the cmdlet sends a WQL query,
   * `SELECT {properties} FROM {class} WHERE {filter}`, and so does this (DOC, CimGetInstance.cs).
   * A namespace left out is root\cimv2 (DOC).
   */
  getInstances(
    namespace: string | undefined,
    className: string,
    options: GetInstancesOptions = {},
  ): CimInstance[] {
    if (options.filter !== undefined || options.property !== undefined) {
      const where = options.filter === undefined ? '' : ` WHERE ${options.filter}`;
      return this.query(namespace, `SELECT ${options.property?.join(',') ?? '*'} FROM ${className}${where}`);
    }
    const typed = namespace ?? DEFAULT_NAMESPACE;
    const target = `${typed}:${className}`;
    const canonical = resolveNamespace(typed);
    if (canonical === undefined) throw cimErrors.invalidNamespace(target);
    const cimClass = findClass(canonical, className);
    if (cimClass === undefined) throw cimErrors.invalidClass(target);
    return cimClass.instances(this.host);
  }

  /**
   * Get-CimInstance -Query (WQL). WMI connects to the namespace, parses the query, then finds the
   * class (INFER from the error each stage gives).
   */
  query(namespace: string | undefined, wql: string): CimInstance[] {
    const canonical = resolveNamespace(namespace ?? DEFAULT_NAMESPACE);
    if (canonical === undefined) throw cimErrors.invalidNamespace(null);
    const parsed = asQueryError(() => parseWql(wql));
    const cimClass = findClass(canonical, parsed.className);
    if (cimClass === undefined) throw cimErrors.invalidClass(null);
    const { predicate, project } = asQueryError(() => compileQuery(parsed, cimClass.schema));
    return cimClass.instances(this.host).filter(predicate).map(project);
  }
}

function asQueryError<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw error instanceof WqlSyntaxError ? cimErrors.invalidQuery() : error;
  }
}
