import type { Extent } from '../syntax/extent.js';
import { ScriptBlockValue } from '../values/script-block.js';
import type { PSValue } from '../values/value.js';

/** The set every parameter without a named set belongs to. */
export const ALL_SETS = '__AllParameterSets';

/** How a parameter takes part in one parameter set. */
export interface SetMembership {
  readonly mandatory: boolean;
  readonly position?: number;
  readonly fromPipeline: boolean;
  readonly byPropertyName: boolean;
  /** ValueFromRemainingArguments: takes the positional arguments nothing else takes. */
  readonly remaining?: boolean;
}

/** A parameter as the binder sees it, whether a cmdlet's, a function's or a common parameter. */
export interface ParamSpec {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly isSwitch: boolean;
  /** The .NET type name messages show ("System.String[]"). */
  readonly typeName: string;
  /** Converts an argument (throws ConversionError). */
  readonly convert: (value: PSValue) => PSValue;
  /** Membership per parameter set; ALL_SETS means every set. */
  readonly sets: ReadonlyMap<string, SetMembership>;
  readonly common?: boolean;
  readonly validateSet?: readonly string[];
}

/** An argument of a command after evaluation: `-Name[:value]` or a positional value. */
export type BindArg =
  | {
      readonly kind: 'named';
      readonly name: string;
      readonly text: string;
      readonly value?: PSValue;
      readonly ext: Extent;
    }
  | { readonly kind: 'positional'; readonly value: PSValue; readonly ext: Extent };

/** A bound parameter: its value and where its argument was written. */
export interface Bound {
  readonly value: PSValue;
  readonly ext: Extent | undefined;
}

/**
 * Whether a positional argument may go to a parameter without a lossy conversion. INFER (5.1
 * binds `Where-Object { }` and `ForEach-Object Name` as below): PowerShell's binder tries each parameter set and skips one whose positional parameter would need a script
 * block turned into text (so `Where-Object { ... }` binds -FilterScript, `ForEach-Object Name`
 * binds -MemberName).
 */
export function acceptsPositional(spec: ParamSpec, value: PSValue): boolean {
  const isBlock = value instanceof ScriptBlockValue;
  if (
    spec.typeName === 'System.Management.Automation.ScriptBlock' ||
    spec.typeName === 'System.Management.Automation.ScriptBlock[]'
  )
    return isBlock;
  return !isBlock || spec.typeName === 'System.Object' || spec.typeName === 'System.Object[]';
}

/** The membership of a parameter in a set (its own, or its all-sets one). */
export function membership(spec: ParamSpec, set: string): SetMembership | undefined {
  return spec.sets.get(set) ?? spec.sets.get(ALL_SETS);
}
