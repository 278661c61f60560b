/** Generators of scenario v1 objects for property-based exploration. */

export { EVENT_KINDS, type EventKind, TEMPLATE_NAMES } from './events.js';
export { catalogReleases, type KbRelease, kbArbitrary, releasedBy } from './kbs.js';
export { templateArbitrary, validTemplate } from './machine.js';
export { periodArbitrary } from './period.js';
export { type ScenarioArbitraryOptions, scenarioArbitrary } from './scenario.js';
export { type RawScript, rawScriptArbitrary, runAction } from './scripts.js';
export { placeTime, timeArbitrary } from './time.js';
