import type { z } from 'zod';
import { allowedKeys } from './allowed-keys.js';
import { didYouMean } from './did-you-mean.js';
import type { ScenarioIssue } from './issue.js';
import type { ParsedText } from './parse-text.js';

type Path = (string | number)[];

function plainPath(path: readonly PropertyKey[]): Path {
  return path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
}

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (value, segment) => (value as Record<string, unknown> | undefined)?.[segment],
    data,
  );
}

/**
 * Turns zod's issues into located ones. An unknown-keys issue becomes one issue per key, on the
 * key's own line, with the nearest allowed key suggested (one the mapping does not already have).
 */
export function locateZodIssues(
  issues: readonly z.core.$ZodIssue[],
  schema: z.core.$ZodType,
  parsed: ParsedText,
): ScenarioIssue[] {
  return issues.flatMap((issue): ScenarioIssue[] => {
    const path = plainPath(issue.path);
    if (issue.code !== 'unrecognized_keys') {
      return [{ code: issue.code, path, line: parsed.lineAt(path), message: issue.message }];
    }
    const present = Object.keys(valueAt(parsed.data, path) ?? {});
    const candidates = allowedKeys(schema, path).filter((key) => !present.includes(key));
    return issue.keys.map((key) => ({
      code: issue.code,
      path,
      line: parsed.lineAt([...path, key], true),
      message: `unknown key "${key}"${didYouMean(key, candidates)}`,
    }));
  });
}
