import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { innerMap } from '../shared/inner-map.js';
import { CatalogError } from './catalog-error.js';

const registryRef = z.strictObject({ key: z.string().min(1), value: z.string().min(1) });

const effectSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('restrict-hotpatch-bases'),
    hotpatches: z.array(z.string()).min(1),
    allowed: z.array(z.string()).min(1),
  }),
  z.strictObject({
    type: z.literal('license-bug'),
    affectedFrom: z.string(),
    fixedBy: z.string(),
    exemptEditions: z.array(z.enum(['standard', 'datacenter', 'datacenter-azure-edition'])),
    mutex: registryRef,
  }),
  z.strictObject({
    type: z.literal('license-workaround'),
    fixes: z.string(),
    override: registryRef.extend({ data: z.int().min(0) }),
  }),
]);

const ruleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  grade: z.enum(['DOC', '3P', 'INFER', 'ASSUME']),
  source: z.string().min(1),
  summary: z.string().min(1),
  effect: effectSchema,
});

const rulesFileSchema = z.strictObject({
  format: z.literal('hotpatch-harness/rules@1'),
  rules: z.array(ruleSchema),
});

/** A known-issue rule: what it encodes, where that comes from, and its effect. */
export type KnownIssueRule = z.output<typeof ruleSchema>;
/** The effect types the Windows Update model interprets. */
export type RuleEffect = KnownIssueRule['effect'];

const DEFAULT_FILE = fileURLToPath(new URL('./catalog/october-2025-rules.yaml', import.meta.url));

/** Reads a rules file; a bad rule is an error naming the file and the rule. */
export function parseRules(text: string, file: string): KnownIssueRule[] {
  let raw: unknown;
  try {
    raw = parseYaml(text, { version: '1.2', uniqueKeys: true });
  } catch (error) {
    throw new CatalogError(file, '(file)', (error as Error).message.split('\n')[0] ?? 'not YAML');
  }
  const parsed = rulesFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    const entry = path[0] === 'rules' && typeof path[1] === 'number' ? `rules[${path[1]}]` : '(file)';
    throw new CatalogError(
      file,
      entry,
      `${path.slice(2).join('.') || path.join('.')}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data.rules;
}

/** The October 2025 rules shipped with the harness. */
export function defaultRules(): KnownIssueRule[] {
  // Parsed once per process; each caller gets its own list of the (read-only) rules.
  parsedDefaults ??= parseRules(readFileSync(DEFAULT_FILE, 'utf8'), DEFAULT_FILE);
  return [...parsedDefaults];
}

let parsedDefaults: readonly KnownIssueRule[] | undefined;

/** The rules whose effect has the given type. */
export function rulesOfType<T extends RuleEffect['type']>(
  rules: readonly KnownIssueRule[],
  type: T,
): ReadonlyArray<KnownIssueRule & { effect: Extract<RuleEffect, { type: T }> }> {
  const byType = innerMap(rulesByType, rules);
  let found = byType.get(type);
  if (!found) {
    found = Object.freeze(rules.filter((r) => r.effect.type === type));
    byType.set(type, found);
  }
  return found as ReadonlyArray<KnownIssueRule & { effect: Extract<RuleEffect, { type: T }> }>;
}

/** Rule lists are read-only once built: each list's rules of a type are filtered once (a hot path). */
const rulesByType = new WeakMap<readonly KnownIssueRule[], Map<string, readonly KnownIssueRule[]>>();
