import type { Extent } from '../syntax/extent.js';
import { bindingFailures } from './binding-failure.js';
import type { ParamSpec } from './param-spec.js';

/**
 * Finds the parameter a `-Name` means (DOC: MergedCommandParameterMetadata.GetMatchingParameter):
 * an exact name or alias first; otherwise every parameter whose name or alias starts with it. Of
 * several prefix matches the command's own parameter wins over common parameters when it is the
 * only one; otherwise the name is ambiguous. Undefined when nothing matches.
 */
export function resolveParameter(
  specs: readonly ParamSpec[],
  name: string,
  at: Extent,
): ParamSpec | undefined {
  const key = name.toLowerCase();
  const names = (spec: ParamSpec) => [spec.name, ...spec.aliases].map((n) => n.toLowerCase());
  const exact = specs.find((spec) => names(spec).includes(key));
  if (exact) return exact;
  const matches = specs.filter((spec) => names(spec).some((n) => n.startsWith(key)));
  if (matches.length <= 1) return matches[0];
  const declared = matches.filter((spec) => !spec.common);
  if (declared.length === 1) return declared[0];
  throw bindingFailures.ambiguous(
    name,
    matches.map((spec) => spec.name),
    at,
  );
}
