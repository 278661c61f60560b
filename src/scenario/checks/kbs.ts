import type { Scenario } from '../schema.js';
import type { Draft } from './draft.js';

const MESSAGE = 'expected a KB in the release catalog';

/** Every KB the fleet starts on or an event installs must be in the release catalog. */
export function checkKbs(scenario: Scenario, knownKbs: ReadonlySet<string>): Draft[] {
  const drafts: Draft[] = [];
  for (const [i, template] of scenario.fleet.entries()) {
    if (template.installed !== undefined && !knownKbs.has(template.installed)) {
      drafts.push({ code: 'unknown_kb', path: ['fleet', i, 'installed'], message: MESSAGE });
    }
  }
  for (const [i, event] of scenario.events.entries()) {
    if (event.install !== undefined && !knownKbs.has(event.install)) {
      drafts.push({ code: 'unknown_kb', path: ['events', i, 'install'], message: MESSAGE });
    }
  }
  return drafts;
}
