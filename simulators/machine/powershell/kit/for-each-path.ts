import { type CommandContext, isCommandError } from '../../../powershell/index.js';
import { textList } from '../objects/ps-text.js';
import { type ItemPath, resolveItemPath } from '../paths/item-path.js';
import type { MachineShell } from '../shell.js';
import { expandPath } from './expand-path.js';

/**
 * Runs `run` once for every item the -Path (with wildcards) or -LiteralPath parameter names. As a
 * provider cmdlet does, a failure on one path is a non-terminating error of the cmdlet and the
 * next path goes on (DOC: about_CommonParameters, -ErrorAction decides what an error does).
 */
export function forEachPath(
  ctx: CommandContext,
  shell: MachineShell,
  run: (path: ItemPath) => void,
  source: PathSource = pathSource(ctx),
): void {
  const { paths, literal } = source;
  for (const typed of paths) {
    attempt(ctx, () => {
      for (const path of expandPath(shell, resolveItemPath(ctx, typed), literal))
        attempt(ctx, () => run(path));
    });
  }
}

/** The paths a command was given and whether they are literal. */
export interface PathSource {
  readonly paths: readonly string[];
  readonly literal: boolean;
}

/** -LiteralPath when bound (taken as typed), else -Path (wildcards expand). */
export function pathSource(ctx: CommandContext): PathSource {
  const literal = ctx.params.LiteralPath !== undefined;
  return { paths: textList(literal ? ctx.params.LiteralPath : ctx.params.Path), literal };
}

/** Runs a step; an error a command can raise becomes its non-terminating error, anything else goes on up. */
export function attempt(ctx: CommandContext, step: () => void): void {
  try {
    step();
  } catch (error) {
    if (!isCommandError(error)) throw error;
    ctx.writeError(error);
  }
}
