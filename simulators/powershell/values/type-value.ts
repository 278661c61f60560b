import type { PSType } from './types.js';

/** A type as a value: `[string]` in an expression, or what `.GetType()` returns. */
export class PSTypeValue {
  constructor(readonly type: PSType) {}

  toString(): string {
    return this.type.fullName;
  }
}
