import { describe, expect, it } from 'vitest';
import { SCENARIO_SCHEMA_ID, scenarioJsonSchema } from '../../src/scenario/index.js';

type Schema = Record<string, unknown> & { properties: Record<string, Schema>; items: Schema };

describe('scenarioJsonSchema', () => {
  const schema = scenarioJsonSchema() as Schema;

  it('is a draft 2020-12 schema with an id and a title', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(SCENARIO_SCHEMA_ID);
    expect(schema.title).toBe('hotpatch-harness scenario (format v1)');
    expect(JSON.parse(JSON.stringify(schema))).toStrictEqual(schema);
  });

  it('describes the input: unknown keys refused, defaulted keys optional', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['name', 'period', 'fleet', 'events', 'expect', 'knobs', 'azure', 'updates']),
    );
    expect(schema.required).toStrictEqual(['name', 'period', 'fleet']);
    const template = schema.properties.fleet?.items;
    expect(template?.additionalProperties).toBe(false);
    expect(template?.required).toStrictEqual(['name']);
    expect(template?.properties.edition).toStrictEqual({
      default: 'datacenter',
      type: 'string',
      enum: ['standard', 'datacenter', 'datacenter-azure-edition'],
    });
    expect(schema.properties.events?.items.additionalProperties).toBe(false);
    expect(schema.properties.period?.required).toStrictEqual(['from', 'to']);
  });

  it('carries the patterns editors check values with', () => {
    const at = new RegExp(String(schema.properties.events?.items.properties.at?.pattern));
    expect(['2025-10-23', '2025-11-03T22:00', '2025-11-03T22:00:59.123Z'].every((v) => at.test(v))).toBe(
      true,
    );
    expect(['2025-13-01', '2025-10-32', '2025-10-01T24:00', '2025-10-01 22:00'].some((v) => at.test(v))).toBe(
      false,
    );
  });
});
