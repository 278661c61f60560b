import type { InvocationInfo, ScriptPosition } from '../errors/error-record.js';
import type { Extent } from '../syntax/extent.js';
import type { Runtime } from './runtime.js';
import type { Scope } from './scope.js';

/**
 * Where code is running: the run, the current scope, the invocation it belongs to ($MyInvocation:
 * the script, or the function or script block being run) and the text it came from.
 */
export interface ExecContext {
  readonly rt: Runtime;
  readonly scope: Scope;
  readonly invocation: InvocationInfo;
  readonly file: string | undefined;
  readonly source: string;
}

/** A script position for an extent of the code running in this context. */
export function positionOf(ctx: ExecContext, extent: Extent): ScriptPosition {
  return ctx.file ? { file: ctx.file, source: ctx.source, extent } : { source: ctx.source, extent };
}
