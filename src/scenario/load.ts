import { readFileSync } from 'node:fs';
import type { Draft } from './checks/draft.js';
import { semanticIssues } from './checks/index.js';
import { ScenarioError } from './errors.js';
import type { ScenarioIssue } from './issue.js';
import { humanMessages } from './messages.js';
import { parseText } from './parse-text.js';
import { type Scenario, scenarioSchema } from './schema.js';
import { locateZodIssues } from './zod-issues.js';

/** What the loader checks beyond the format itself. */
export interface LoadOptions {
  /** The release catalog's KB numbers; when given, every KB the scenario names must be one of them. */
  knownKbs?: ReadonlySet<string>;
  /** Further checks (the simulated world's: hardware against VBS, say); their issues get lines too. */
  check?: (scenario: Scenario) => Draft[];
}

function fail(file: string, issues: ScenarioIssue[]): never {
  // Stable sort: issues on one line keep the order they were found in; those without a line go last.
  const byLine = issues.toSorted((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  throw new ScenarioError(file, byLine);
}

/**
 * Reads a scenario (format v1, DESIGN.md) from YAML 1.2 or JSON text, applies defaults and checks
 * it. `file` names the source in messages. Throws a `ScenarioError` listing every issue with its line.
 */
export function loadScenario(text: string, file: string, options: LoadOptions = {}): Scenario {
  const parsed = parseText(text.replace(/^\uFEFF/, ''), file);
  if (parsed.issues.length > 0) fail(file, parsed.issues);
  const result = scenarioSchema.safeParse(parsed.data, { error: humanMessages });
  if (!result.success) fail(file, locateZodIssues(result.error.issues, scenarioSchema, parsed));
  const drafts = semanticIssues(result.data, options.knownKbs);
  if (drafts.length === 0 && options.check) drafts.push(...options.check(result.data));
  if (drafts.length > 0)
    fail(
      file,
      drafts.map((draft) => ({ ...draft, line: parsed.lineAt(draft.path) })),
    );
  return result.data;
}

/** Reads and loads the scenario file at `path` (see `loadScenario`); an unreadable file is a `ScenarioError` too. */
export function loadScenarioFile(path: string, options: LoadOptions = {}): Scenario {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    fail(path, [
      { code: 'unreadable', path: [], line: undefined, message: `cannot read the file (${reason})` },
    ]);
  }
  return loadScenario(text, path, options);
}
