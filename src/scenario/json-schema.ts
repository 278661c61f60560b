import { z } from 'zod';
import { scenarioSchema } from './schema.js';

/** The `$id` of the scenario format v1 JSON Schema. */
export const SCENARIO_SCHEMA_ID = 'urn:hotpatch-harness:scenario:v1';

/**
 * The JSON Schema (draft 2020-12) of scenario format v1 as written, defaults optional, so editors
 * can complete and check scenario files. Rules across fields (one action per event, targets that
 * exist, dates inside the period) are the loader's alone.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input' });
  // `$schema` first, then who this is; the generated body follows unchanged.
  const { $schema, ...body } = schema;
  return { $schema, $id: SCENARIO_SCHEMA_ID, title: 'hotpatch-harness scenario (format v1)', ...body };
}
