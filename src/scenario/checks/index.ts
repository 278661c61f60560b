import type { Scenario } from '../schema.js';
import type { Draft } from './draft.js';
import { checkKbs } from './kbs.js';
import { checkNames } from './names.js';
import { checkPeriod } from './period.js';

/** What zod cannot see: relations between fields, and KBs against the catalog when one is given. */
export function semanticIssues(scenario: Scenario, knownKbs?: ReadonlySet<string>): Draft[] {
  return [
    ...checkPeriod(scenario),
    ...checkNames(scenario),
    ...(knownKbs ? checkKbs(scenario, knownKbs) : []),
  ];
}
