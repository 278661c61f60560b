import type { Extent } from '../syntax/extent.js';
import { toPSString } from '../values/to-string.js';
import type { PSValue } from '../values/value.js';
import type { BindRequest } from './binder.js';
import { bindingFailures } from './binding-failure.js';
import { ALL_SETS, acceptsPositional, type Bound, membership, type ParamSpec } from './param-spec.js';

/**
 * Picks the parameter set and binds the positional arguments within it (DOC: about_Parameter_Sets):
 * the sets that contain every named parameter, then those whose positional parameters take the
 * arguments, then those whose mandatory parameters are all bound (or wait for pipeline input);
 * when several remain the default set wins, and without one the set cannot be resolved. Extra
 * arguments go to a ValueFromRemainingArguments parameter, or (plain functions) to $args.
 */
export function chooseSet(
  request: BindRequest,
  bound: Map<string, Bound>,
  positional: { value: PSValue; ext: Extent }[],
  remaining: PSValue[],
): { set: string; sets: string[] } {
  const named = request.specs.filter((spec) => bound.has(spec.name));
  const declared = request.sets.length ? request.sets : [ALL_SETS];
  const ordered = request.defaultSet
    ? [request.defaultSet, ...declared.filter((s) => s !== request.defaultSet)]
    : declared;
  const candidates = ordered.filter((set) => named.every((spec) => membership(spec, set)));
  if (!candidates.length) throw bindingFailures.ambiguousSet();
  const fits = candidates.filter((set) => takesAll(request, set, bound, positional));
  if (!fits.length) {
    const slots = positionalSlots(request, candidates[0] as string, bound).length;
    throw bindingFailures.positional(toPSString(positional[slots]?.value ?? null));
  }
  const complete = fits.filter((set) => mandatoryMet(request, set, bound, positional.length));
  const pool = complete.length ? complete : fits;
  // Several sets fit and none is the default: PowerShell cannot choose either.
  if (pool.length > 1 && !request.pipelineInput && !(request.defaultSet && pool.includes(request.defaultSet)))
    throw bindingFailures.ambiguousSet();
  const set = pool[0] as string;
  const slots = positionalSlots(request, set, bound);
  const rest = request.specs.find((spec) => membership(spec, set)?.remaining);
  const extras: PSValue[] = [];
  positional.forEach((arg, i) => {
    const spec = slots[i];
    if (spec) bound.set(spec.name, { value: arg.value, ext: arg.ext });
    else if (rest) extras.push(arg.value);
    else remaining.push(arg.value);
  });
  if (rest && extras.length) {
    const first = bound.get(rest.name);
    bound.set(rest.name, {
      value: first ? [first.value, ...extras] : extras,
      ext: first?.ext ?? positional[0]?.ext,
    });
  }
  return { set, sets: pool };
}

/** A set can take the positional arguments: enough slots (or a remaining-arguments parameter) that accept them. */
function takesAll(
  request: BindRequest,
  set: string,
  bound: Map<string, Bound>,
  positional: { value: PSValue; ext: Extent }[],
): boolean {
  if (request.mode === 'simple') return true;
  const slots = positionalSlots(request, set, bound);
  const rest = request.specs.some((spec) => membership(spec, set)?.remaining);
  if (positional.length > slots.length && !rest) return false;
  return positional.every((arg, i) => !slots[i] || acceptsPositional(slots[i] as ParamSpec, arg.value));
}

/** The unbound positional parameters of a set, in position order. */
function positionalSlots(request: BindRequest, set: string, bound: Map<string, Bound>): ParamSpec[] {
  return request.specs
    .filter((spec) => !bound.has(spec.name) && membership(spec, set)?.position !== undefined)
    .sort((a, b) => (membership(a, set)?.position ?? 0) - (membership(b, set)?.position ?? 0));
}

function mandatoryMet(
  request: BindRequest,
  set: string,
  bound: Map<string, Bound>,
  positionalCount: number,
): boolean {
  const slots = positionalSlots(request, set, bound).slice(0, positionalCount);
  return request.specs.every((spec) => {
    const m = membership(spec, set);
    return (
      !m?.mandatory ||
      bound.has(spec.name) ||
      slots.includes(spec) ||
      (request.pipelineInput && (m.fromPipeline || m.byPropertyName))
    );
  });
}
