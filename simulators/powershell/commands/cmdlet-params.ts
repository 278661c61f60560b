import { ALL_SETS, type ParamSpec, type SetMembership } from './param-spec.js';
import { specType } from './parameter-types.js';
import type { CommandDefinition, ParameterDefinition } from './types.js';

const cache = new WeakMap<CommandDefinition, { specs: ParamSpec[]; sets: string[] }>();

/**
 * DOC (about_Parameter_Sets): a command's parameters as binder specs: parameters listed on the command belong to every set;
 * a parameter listed in several sets may differ per set (position, mandatory, pipeline input).
 */
export function cmdletSpecs(definition: CommandDefinition): { specs: ParamSpec[]; sets: string[] } {
  const cached = cache.get(definition);
  if (cached) return cached;
  const order: string[] = [];
  const byName = new Map<string, { definition: ParameterDefinition; sets: Map<string, SetMembership> }>();
  const add = (parameter: ParameterDefinition, set: string) => {
    const key = parameter.name.toLowerCase();
    let entry = byName.get(key);
    if (!entry) {
      entry = { definition: parameter, sets: new Map() };
      byName.set(key, entry);
      order.push(key);
    }
    entry.sets.set(set, {
      mandatory: parameter.mandatory ?? false,
      ...(parameter.position !== undefined ? { position: parameter.position } : {}),
      fromPipeline: parameter.valueFromPipeline ?? false,
      byPropertyName: parameter.valueFromPipelineByPropertyName ?? false,
      ...(parameter.valueFromRemainingArguments ? { remaining: true } : {}),
    });
  };
  for (const parameter of definition.parameters ?? []) add(parameter, ALL_SETS);
  for (const set of definition.parameterSets ?? [])
    for (const parameter of set.parameters) add(parameter, set.name);
  const specs = order.map((key) => {
    const entry = byName.get(key) as { definition: ParameterDefinition; sets: Map<string, SetMembership> };
    const { typeName, convert, isSwitch } = specType(entry.definition.type);
    return {
      name: entry.definition.name,
      aliases: entry.definition.aliases ?? [],
      isSwitch,
      typeName,
      convert,
      sets: entry.sets,
    };
  });
  const result = { specs, sets: (definition.parameterSets ?? []).map((set) => set.name) };
  cache.set(definition, result);
  return result;
}
