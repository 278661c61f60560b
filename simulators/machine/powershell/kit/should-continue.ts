import type { CommandContext } from '../../../powershell/index.js';
import type { MachineShell } from '../shell.js';

/**
 * Cmdlet.ShouldContinue (DOC): a question -Confirm and -Force do not skip, answered by the caller's
 * confirm policy and shown as the 5.1 console shows it (3P: the Remove-Item prompt with its
 * Yes/Yes to All/No/No to All/Suspend choices). The policy sees the caption, the question as its
 * message, "ShouldContinue" as the action and the item as the target.
 */
export function shouldContinue(
  ctx: CommandContext,
  shell: MachineShell,
  query: string,
  target: string,
): boolean {
  const answer = shell.confirm({ caption: 'Confirm', message: query, action: 'ShouldContinue', target });
  ctx.writeHost(
    `Confirm\n${query}\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): ${answer ? 'Y' : 'N'}`,
  );
  return answer;
}
