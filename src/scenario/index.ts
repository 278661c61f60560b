/** The scenario format v1: schema, loader, fleet expansion and JSON Schema export. */
export { ScenarioError } from './errors.js';
export { type ExpandedMachine, expandFleet, machineNames, resolveTargets } from './expand.js';
export { formatIssue, formatPath, type ScenarioIssue } from './issue.js';
export { SCENARIO_SCHEMA_ID, scenarioJsonSchema } from './json-schema.js';
export { DEFAULT_KNOBS, KNOBS, type Knobs } from './knobs.js';
export { type LoadOptions, loadScenario, loadScenarioFile } from './load.js';
export {
  type Expectation,
  type FleetEntry,
  monthSchema,
  type Scenario,
  type ScenarioEvent,
  type ScenarioInput,
  scenarioSchema,
} from './schema.js';
