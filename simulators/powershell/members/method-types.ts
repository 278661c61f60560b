import type { ScriptBlockValue } from '../values/script-block.js';
import type { PSValue } from '../values/value.js';

/** A method's result: a value, or nothing for a void method (a statement then writes nothing). */
export type MethodResult = { readonly value: PSValue } | { readonly void: true };

/** What methods that run script blocks (`.Where()`, `.ForEach()`) need from the evaluator. */
export interface MethodHost {
  invoke(block: ScriptBlockValue, input: PSValue): PSValue[];
}

/** A .NET exception thrown inside a method; the evaluator wraps it as "Exception calling ...". */
export class MethodFault extends Error {
  override name = 'MethodFault';

  constructor(
    readonly exceptionType: string,
    message: string,
  ) {
    super(message);
  }
}

/** A method result holding a value. */
export const value = (v: PSValue): MethodResult => ({ value: v });
/** The result of a void method. */
export const VOID: MethodResult = { void: true };
