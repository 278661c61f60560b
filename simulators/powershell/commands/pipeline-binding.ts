import { ConversionError } from '../values/conversion-error.js';
import { PSHashtable } from '../values/hashtable.js';
import { PSObject } from '../values/ps-object.js';
import { ScriptBlockValue } from '../values/script-block.js';
import type { PSValue } from '../values/value.js';
import { bindingFailures } from './binding-failure.js';
import { type Bound, membership, type ParamSpec } from './param-spec.js';

/**
 * Binds one pipeline object (DOC: about_Pipelines, "how pipeline parameter binding works"): in
 * each parameter set still possible, first a ValueFromPipeline parameter whose type takes the
 * object as it is, then parameters named like the object's properties
 * (ValueFromPipelineByPropertyName), then a ValueFromPipeline parameter the object converts to.
 * Parameters bound on the command line are left alone. An object nothing takes is
 * InputObjectNotBound; mandatory parameters that waited for input must now be bound.
 */
export function bindPipelineObject(
  specs: readonly ParamSpec[],
  sets: readonly string[],
  base: ReadonlyMap<string, Bound>,
  input: PSValue,
): { bound: Map<string, Bound>; set: string } {
  const open = (set: string) => specs.filter((spec) => !base.has(spec.name) && membership(spec, set));
  const attempt = (set: string, pass: 'exact' | 'property' | 'converted'): Map<string, Bound> | undefined => {
    const bound = new Map(base);
    let taken = false;
    for (const spec of open(set)) {
      const m = membership(spec, set);
      if (pass !== 'property' && m?.fromPipeline && (pass === 'converted' || takesAsIs(spec, input))) {
        try {
          bound.set(spec.name, { value: spec.convert(input), ext: undefined });
          return bound;
        } catch (error) {
          if (!(error instanceof ConversionError)) throw error;
        }
      }
      if (pass === 'property' && m?.byPropertyName && input instanceof PSObject) {
        const name = [spec.name, ...spec.aliases].find((n) => input.has(n));
        if (name === undefined) continue;
        bound.set(spec.name, { value: spec.convert(input.get(name) ?? null), ext: undefined });
        taken = true;
      }
    }
    return taken ? bound : undefined;
  };
  for (const pass of ['exact', 'property', 'converted'] as const) {
    for (const set of sets) {
      const bound = attempt(set, pass);
      if (!bound) continue;
      const missing = specs.filter((spec) => membership(spec, set)?.mandatory && !bound.has(spec.name));
      if (missing.length) throw bindingFailures.missingMandatory(missing.map((spec) => spec.name));
      return { bound, set };
    }
  }
  throw bindingFailures.inputNotBound();
}

/** True when the object is already of the parameter's type (no conversion needed). */
function takesAsIs(spec: ParamSpec, input: PSValue): boolean {
  const type = spec.typeName.replace(/\[\]$/, '');
  switch (type) {
    case 'System.Object':
      return true;
    case 'System.String':
      return typeof input === 'string';
    case 'System.Int32':
    case 'System.Int64':
    case 'System.UInt32':
    case 'System.Double':
      return typeof input === 'number';
    case 'System.Boolean':
    case 'System.Management.Automation.SwitchParameter':
      return typeof input === 'boolean';
    case 'System.Collections.Hashtable':
      return input instanceof PSHashtable;
    case 'System.Management.Automation.ScriptBlock':
      return input instanceof ScriptBlockValue;
    default:
      return false;
  }
}
