import { z } from 'zod';

/** Looks through wrappers that leave the shape alone: `.default()`, `.optional()`, `.nullable()`. */
function unwrap(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let s = schema;
  while (s instanceof z.ZodDefault || s instanceof z.ZodOptional || s instanceof z.ZodNullable)
    s = s.unwrap();
  return s;
}

/** The keys the object schema at `path` inside `schema` allows, in declaration order; [] when there is none. */
export function allowedKeys(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let s = unwrap(schema);
  for (const segment of path) {
    if (s instanceof z.ZodObject) s = unwrap((s.shape as Record<string, z.core.$ZodType>)[String(segment)]);
    else if (s instanceof z.ZodArray) s = unwrap(s.element);
    else return [];
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}
