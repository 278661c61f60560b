import type { ScenarioIssue } from '../issue.js';

/** An issue before the loader has found its line. */
export type Draft = Omit<ScenarioIssue, 'line'>;
