import { z } from 'zod';

type RawIssue = z.core.$ZodRawIssue;

const NOUNS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  null: 'null',
};

/** How a value read from the file is named in a message: strings quoted, collections by kind. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a timestamp';
  if (value !== null && typeof value === 'object') return 'a mapping';
  return String(value);
}

function expectedType(issue: Extract<RawIssue, { code: 'invalid_type' }>): string {
  // z.int() reports a non-number as expecting "number"; the reader wants to hear "integer".
  const int = issue.expected === 'number' && issue.inst instanceof z.ZodNumber && issue.inst.isInt;
  return NOUNS[int ? 'int' : issue.expected] ?? issue.expected;
}

function bound(issue: Extract<RawIssue, { code: 'too_small' | 'too_big' }>, limit: number | bigint): string {
  const small = issue.code === 'too_small';
  if (issue.origin === 'string' && small && limit === 1) return 'expected a non-empty string';
  const unit = issue.origin === 'array' ? ' item' : issue.origin === 'string' ? ' character' : '';
  const plural = unit !== '' && limit !== 1 ? 's' : '';
  const words =
    issue.inclusive === false ? (small ? 'more than' : 'less than') : small ? 'at least' : 'at most';
  return `expected ${words} ${limit}${unit}${plural}`;
}

/** A branch of a union names what it wanted: `"all"`, `a list`. Undefined when it got deeper than that. */
function alternative(issue: z.core.$ZodIssue): string | undefined {
  if (issue.path.length > 0) return undefined;
  if (issue.code === 'invalid_type') return NOUNS[issue.expected] ?? issue.expected;
  if (issue.code === 'invalid_value') return issue.values.map((v) => JSON.stringify(v)).join(' or ');
  return undefined;
}

/**
 * A zod error map in plain words, for issues whose schema gave no message of its own (a schema's
 * message takes precedence over a per-parse map). Unknown keys are worded by the loader, which
 * knows the allowed keys.
 */
export const humanMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required key is missing';
      return `expected ${expectedType(issue)}, got ${describeValue(issue.input)}`;
    case 'invalid_value':
      if (issue.values.length === 1) return `expected ${String(issue.values[0])}`;
      return `expected one of ${issue.values.map(String).join(' | ')}`;
    case 'too_small':
      return bound(issue, issue.minimum);
    case 'too_big':
      return bound(issue, issue.maximum);
    case 'invalid_format':
      if (issue.format === 'guid') return 'expected a GUID such as 00000000-0000-0000-0000-000000000000';
      return issue.format === 'regex' ? `expected text matching ${issue.pattern}` : undefined;
    case 'invalid_union': {
      const wanted = issue.errors.map((branch) =>
        branch.length === 1 && branch[0] ? alternative(branch[0]) : undefined,
      );
      if (wanted.length === 0 || wanted.includes(undefined)) return undefined;
      return `expected ${wanted.join(' or ')}, got ${describeValue(issue.input)}`;
    }
    default:
      return undefined;
  }
};
