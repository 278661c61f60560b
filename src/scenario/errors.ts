import { formatIssue, type ScenarioIssue } from './issue.js';

/** A scenario that cannot be used; `message` has one `<file>:<line>: <path>: <message>` line per issue. */
export class ScenarioError extends Error {
  override name = 'ScenarioError';

  constructor(
    /** The file name as the caller gave it. */
    readonly file: string,
    /** Every problem found, in the file's order. */
    readonly issues: ScenarioIssue[],
  ) {
    super(issues.map((issue) => formatIssue(file, issue)).join('\n'));
  }
}
