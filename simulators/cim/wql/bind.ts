import type { PropertySchema } from '../classes/define.js';
import type { CimInstance, CimValue } from '../instance.js';
import type { WqlCondition, WqlOperator } from './ast.js';
import { toComparable } from './comparable.js';
import { WqlSyntaxError } from './lexer.js';
import { likeMatcher } from './like.js';

/** Whether an instance meets a condition. */
export type Predicate = (instance: CimInstance) => boolean;

/** A property's place in the schema (instances list properties in schema order); unknown is no query. */
export function propertyIndex(schema: readonly PropertySchema[], name: string): number {
  const index = schema.findIndex((p) => p.name.toLowerCase() === name.toLowerCase());
  if (index < 0) throw new WqlSyntaxError(`no property '${name}'`); // WMI: Invalid query (INFER)
  return index;
}

/**
 * Checks a condition against the class's schema and compiles it. Strings compare ignoring case
 * (DOC: WQL string comparisons are case-insensitive); a property without a value meets no
 * comparison and no LIKE, only IS NULL (INFER, as SQL). Arrays cannot be compared (INFER).
 */
export function bindCondition(condition: WqlCondition, schema: readonly PropertySchema[]): Predicate {
  switch (condition.kind) {
    case 'and':
    case 'or': {
      const left = bindCondition(condition.left, schema);
      const right = bindCondition(condition.right, schema);
      return condition.kind === 'and' ? (i) => left(i) && right(i) : (i) => left(i) || right(i);
    }
    case 'not': {
      const inner = bindCondition(condition.condition, schema);
      return (i) => !inner(i);
    }
    case 'null': {
      const index = propertyIndex(schema, condition.property);
      return (i) => (valueAt(i, index) === null) !== condition.negated;
    }
    case 'like': {
      const index = propertyIndex(schema, condition.property);
      if (schema[index]?.type !== 'String') throw new WqlSyntaxError('LIKE takes a string property');
      const matches = likeMatcher(condition.pattern);
      return (i) => {
        const value = valueAt(i, index);
        return typeof value === 'string' && matches(value);
      };
    }
    case 'compare': {
      const index = propertyIndex(schema, condition.property);
      const type = schema[index]?.type ?? 'String';
      const constant = toComparable(type, condition.literal.value);
      const test = OPERATOR_TESTS[condition.operator];
      return (i) => {
        const value = valueAt(i, index);
        return value !== null && test(toComparable(type, value), constant);
      };
    }
  }
}

const valueAt = (instance: CimInstance, index: number): CimValue => instance.properties[index]?.value ?? null;

const OPERATOR_TESTS: Readonly<Record<WqlOperator, (a: string | number, b: string | number) => boolean>> = {
  '=': (a, b) => a === b,
  '<>': (a, b) => a !== b,
  '<': (a, b) => a < b,
  '>': (a, b) => a > b,
  '<=': (a, b) => a <= b,
  '>=': (a, b) => a >= b,
};
