/** One problem found in a scenario file, shaped like a zod issue plus the line it sits on. */
export interface ScenarioIssue {
  /** A zod issue code (`invalid_value`, `unrecognized_keys`, ...) or one of the loader's own. */
  code: string;
  /** Where in the document, as keys and list indexes; empty for the document itself. */
  path: (string | number)[];
  /** 1-based line in the file, when one is known. */
  line: number | undefined;
  message: string;
}

/** Prints a path the way a reader writes it in JavaScript: `fleet[1].edition`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Formats one issue as `<file>:<line>: <path>: <message>`, leaving out what is unknown or empty. */
export function formatIssue(file: string, issue: ScenarioIssue): string {
  const where = issue.line === undefined ? file : `${file}:${issue.line}`;
  const path = formatPath(issue.path);
  return path === '' ? `${where}: ${issue.message}` : `${where}: ${path}: ${issue.message}`;
}
