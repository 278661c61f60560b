import type { Extent } from '../syntax/extent.js';
import { ConversionError } from '../values/conversion-error.js';
import { toBool } from '../values/to-bool.js';
import { toPSString } from '../values/to-string.js';
import type { PSValue } from '../values/value.js';
import { bindingFailures } from './binding-failure.js';
import { type BindArg, type Bound, membership, type ParamSpec } from './param-spec.js';
import { chooseSet } from './parameter-sets.js';
import { resolveParameter } from './resolve-parameter.js';

/** What to bind: the command's parameters and sets, the arguments, and whether input is piped in. */
export interface BindRequest {
  readonly specs: readonly ParamSpec[];
  readonly common: readonly ParamSpec[];
  readonly sets: readonly string[];
  readonly defaultSet?: string;
  readonly args: readonly BindArg[];
  readonly pipelineInput: boolean;
  /** cmdlet: binding errors for everything; simple: a plain function, whose leftovers go to $args. */
  readonly mode: 'cmdlet' | 'advanced' | 'simple';
}

/** The parameters bound from the command line, the chosen set, and (simple functions) $args. */
export interface BindResult {
  readonly bound: Map<string, Bound>;
  readonly set: string;
  /** The sets still possible, chosen first: pipeline objects may settle on another (by their type). */
  readonly sets: readonly string[];
  readonly remaining: PSValue[];
}

/**
 * Binds arguments as PowerShell's parameter binder does (DOC: about_Parameters, about_Parameter_Sets):
 * named parameters (by unambiguous prefix or alias, `-Name:value`, switches), then positional
 * arguments in position order within a parameter set that takes all of them, then the mandatory
 * check (parameters that take pipeline input wait for it).
 */
export function bindArguments(request: BindRequest): BindResult {
  const all = [...request.specs, ...request.common];
  const bound = new Map<string, Bound>();
  const positional: { value: PSValue; ext: Extent }[] = [];
  const remaining: PSValue[] = [];
  for (let i = 0; i < request.args.length; i++) {
    const arg = request.args[i] as BindArg;
    if (arg.kind === 'positional') {
      positional.push(arg);
      continue;
    }
    const spec = resolveParameter(all, arg.name, arg.ext);
    if (!spec) {
      if (request.mode !== 'simple') throw bindingFailures.notFound(arg.name, arg.ext);
      remaining.push(arg.text.replace(/:$/, ''));
      if (arg.value !== undefined) remaining.push(arg.value);
      continue;
    }
    if (bound.has(spec.name)) throw bindingFailures.alreadyBound(spec.name, arg.ext);
    if (spec.isSwitch) {
      bound.set(spec.name, { value: arg.value === undefined ? true : toBool(arg.value), ext: arg.ext });
      continue;
    }
    if (arg.value !== undefined) {
      bound.set(spec.name, { value: arg.value, ext: arg.ext });
      continue;
    }
    const next = request.args[i + 1];
    if (next?.kind !== 'positional') throw bindingFailures.missingArgument(spec.name, spec.typeName, arg.ext);
    bound.set(spec.name, { value: next.value, ext: next.ext });
    i++;
  }
  const { set, sets } = chooseSet(request, bound, positional, remaining);
  for (const spec of all) {
    const entry = bound.get(spec.name);
    if (entry)
      bound.set(spec.name, { value: convertArgument(request, spec, entry.value, entry.ext), ext: entry.ext });
  }
  const missing = request.specs.filter((spec) => {
    const m = membership(spec, set);
    return (
      m?.mandatory &&
      !bound.has(spec.name) &&
      !(request.pipelineInput && (m.fromPipeline || m.byPropertyName))
    );
  });
  if (missing.length) throw bindingFailures.missingMandatory(missing.map((spec) => spec.name));
  return { bound, set, sets, remaining };
}

/** Converts an argument to its parameter's type, with the binder's wording around the conversion error. */
function convertArgument(
  request: Pick<BindRequest, 'mode'>,
  spec: ParamSpec,
  value: PSValue,
  ext: Extent | undefined,
): PSValue {
  let converted: PSValue;
  try {
    converted = spec.convert(value);
  } catch (error) {
    if (!(error instanceof ConversionError)) throw error;
    const at = ext ?? 'command';
    throw request.mode === 'cmdlet' || spec.common
      ? bindingFailures.cannotConvert(spec.name, error.message, at)
      : bindingFailures.transformation(spec.name, error.message, at);
  }
  if (
    spec.validateSet &&
    !spec.validateSet.some((item) => item.toLowerCase() === toPSString(converted).toLowerCase())
  ) {
    throw bindingFailures.validateSet(spec.name, toPSString(converted), spec.validateSet, ext ?? 'command');
  }
  return converted;
}
