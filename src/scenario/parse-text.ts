import { type Document, isScalar, LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { ScenarioIssue } from './issue.js';
import { keyAt } from './key-at.js';
import { locate } from './locate.js';

/** A parsed scenario text: its plain data, the line finder for its paths, and syntax issues. */
export interface ParsedText {
  data: unknown;
  /** The line of the node at `path` (see `locate`). */
  lineAt(path: readonly (string | number)[], key?: boolean): number | undefined;
  issues: ScenarioIssue[];
}

/**
 * Parses YAML 1.2, which JSON is a subset of, so JSON gets the same line numbers. Under 1.2 `yes`,
 * `on` and `2025-10-01` stay strings. Keys count as duplicates when their text is equal, because
 * the plain data has string keys only (`1` and `"1"` would collapse into one).
 */
export function parseText(text: string, file: string): ParsedText {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    version: '1.2',
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: (a, b) => a === b || (isScalar(a) && isScalar(b) && String(a.value) === String(b.value)),
  });
  const lineAt = (path: readonly (string | number)[], key = false) => locate(doc, lines, path, key);
  // Warnings too: an unknown tag is read as a plain string here but may mean something else elsewhere.
  const issues = [...doc.errors, ...doc.warnings].map((error) => yamlIssue(doc, lines, error));
  if (issues.length === 0 && /\.json$/i.test(file)) issues.push(...jsonIssues(text, lines));
  return { data: issues.length === 0 ? doc.toJS({ maxAliasCount: 1000 }) : undefined, lineAt, issues };
}

function yamlIssue(doc: Document, lines: LineCounter, error: YAMLError): ScenarioIssue {
  const line = lines.linePos(error.pos[0]).line;
  const place = error.code === 'DUPLICATE_KEY' ? keyAt(doc.contents, error.pos[0]) : undefined;
  if (place)
    return { code: 'duplicate_key', path: place.path, line, message: `duplicate key "${place.key}"` };
  return { code: 'invalid_yaml', path: [], line, message: error.message };
}

/** YAML reads more than JSON (comments, plain strings, trailing commas); a `.json` file must be JSON. */
function jsonIssues(text: string, lines: LineCounter): ScenarioIssue[] {
  try {
    JSON.parse(text);
    return [];
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? '';
    const position = /in JSON at position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? undefined : lines.linePos(Number(position)).line;
    const what = message.replace(/ in JSON at position \d+.*$/, '');
    return [{ code: 'invalid_json', path: [], line, message: `not valid JSON: ${what}` }];
  }
}
