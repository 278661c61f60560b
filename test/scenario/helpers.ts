import { expect } from 'vitest';
import { type LoadOptions, loadScenario, ScenarioError } from '../../src/scenario/index.js';
import { thrown } from '../support/thrown.js';

/** Joins lines into a file, so a fixture's line numbers are its array positions plus one. */
export function lines(...text: string[]): string {
  return `${text.join('\n')}\n`;
}

/** Loads `text` expecting a `ScenarioError`, and returns it. */
export function errorOf(text: string, file = 's.yaml', options?: LoadOptions): ScenarioError {
  const error = thrown(() => loadScenario(text, file, options));
  expect(error).toBeInstanceOf(ScenarioError);
  return error as ScenarioError;
}

/** The error message of loading `text` (one `file:line: path: message` line per issue). */
export function messageOf(text: string, file = 's.yaml', options?: LoadOptions): string {
  return errorOf(text, file, options).message;
}

/** A valid head: lines 1-5, a fleet of web-01..web-03 and db, period 2025-09 to 2025-12. */
export const HEAD = [
  'name: t',
  'period: { from: 2025-09, to: 2025-12 }',
  'fleet:',
  '  - { name: web, count: 3 }',
  '  - { name: db }',
];
