import type { PropertySchema } from '../classes/define.js';
import type { CimInstance } from '../instance.js';
import type { WqlQuery } from './ast.js';
import { bindCondition, type Predicate, propertyIndex } from './bind.js';

/** A query checked against its class: which instances it keeps, and what of them it returns. */
export interface CompiledQuery {
  readonly predicate: Predicate;
  readonly project: (instance: CimInstance) => CimInstance;
}

/**
 * Checks a parsed query against the class's schema (unknown properties are no query, INFER).
 * A property list returns instances with just those properties, in the class's order: the result
 * holds "the specified nonsystem properties" (DOC: SELECT statement for data queries), and key
 * properties are not added (DOC: Learn's `Get-WmiObject -Property HotFixID` sample shows
 * `__PROPERTY_COUNT : 1` though the class has a second key).
 */
export function compileQuery(query: WqlQuery, schema: readonly PropertySchema[]): CompiledQuery {
  const predicate = query.where ? bindCondition(query.where, schema) : () => true;
  if (query.properties === '*') return { predicate, project: (i) => i };
  const keep = new Set(query.properties.map((name) => propertyIndex(schema, name)));
  return {
    predicate,
    project: (i) => ({ ...i, properties: i.properties.filter((_, index) => keep.has(index)) }),
  };
}
