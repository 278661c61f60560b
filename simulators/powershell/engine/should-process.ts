import { toBool } from '../values/to-bool.js';
import { toPSString } from '../values/to-string.js';
import type { CommonOptions } from './common-options.js';
import type { ExecContext } from './context.js';

const IMPACT = ['None', 'Low', 'Medium', 'High'];

/** What ShouldProcess needs to know about the command asking. */
export interface ShouldProcessRequest {
  readonly options: CommonOptions;
  readonly confirmImpact: 'None' | 'Low' | 'Medium' | 'High';
  readonly target: string;
  readonly action: string;
  readonly line: number;
}

/**
 * Cmdlet.ShouldProcess (DOC: about_Preference_Variables, $ConfirmPreference and $WhatIfPreference;
 * CommandBaseStrings for the texts). -WhatIf (or $WhatIfPreference) prints "What if: Performing
 * the operation ..." and says no. -Confirm, or an impact at or above $ConfirmPreference (High by
 * default), asks the host, whose policy answers; the prompt is shown as the console shows it.
 */
export function shouldProcess(ctx: ExecContext, request: ShouldProcessRequest): boolean {
  const { options, target, action, line } = request;
  const operation = `Performing the operation "${action}" on target "${target}".`;
  const whatIf = options.whatIf ?? toBool(ctx.scope.lookup('WhatIfPreference')?.value ?? false);
  if (whatIf) {
    ctx.rt.write('host', `What if: ${operation}`, line);
    return false;
  }
  const preference = toPSString(ctx.scope.lookup('ConfirmPreference')?.value ?? 'High');
  const threshold = IMPACT.findIndex((name) => name.toLowerCase() === preference.toLowerCase());
  const impact = IMPACT.indexOf(request.confirmImpact);
  const ask = options.confirm ?? (threshold > 0 && impact >= threshold);
  if (!ask) return true;
  const message = `Are you sure you want to perform this action?\n${operation}`;
  const answer = ctx.rt.host.confirm({ caption: 'Confirm', message, action, target });
  ctx.rt.write(
    'host',
    `Confirm\n${message}\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): ${answer ? 'Y' : 'N'}`,
    line,
  );
  return answer;
}
