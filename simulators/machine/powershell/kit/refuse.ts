import type { CommandContext } from '../../../powershell/index.js';

/** Refuses, by name, parameters a cmdlet declares but the machine does not emulate (never ignored). */
export function refuseParameters(ctx: CommandContext, cmdlet: string, names: readonly string[]): void {
  for (const name of names)
    if (ctx.params[name] !== undefined && ctx.params[name] !== false) ctx.unsupported(`${cmdlet} -${name}`);
}
