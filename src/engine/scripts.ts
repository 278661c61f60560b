import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ScenarioIssue } from '../scenario/issue.js';
import type { Scenario } from '../scenario/schema.js';

/** The scripts a scenario's `run:` events name, by the path as written. */
export type ScenarioScripts = ReadonlyMap<string, string>;

/**
 * Reads every script the scenario's `run:` events name, relative to the scenario file. A script
 * that cannot be read is an issue naming the event (read once, before the run: nothing in the
 * simulated world touches the host's files).
 */
export function readScenarioScripts(
  scenario: Scenario,
  scenarioFile: string,
): { scripts: ScenarioScripts; issues: ScenarioIssue[] } {
  const scripts = new Map<string, string>();
  const issues: ScenarioIssue[] = [];
  scenario.events.forEach((event, i) => {
    if (event.run === undefined || scripts.has(event.run)) return;
    try {
      scripts.set(
        event.run,
        readFileSync(resolve(dirname(scenarioFile), event.run), 'utf8').replace(/^\uFEFF/, ''),
      );
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? 'error';
      issues.push({
        code: 'unreadable',
        path: ['events', i, 'run'],
        line: undefined,
        message: `cannot read the script (${reason})`,
      });
    }
  });
  return { scripts, issues };
}
