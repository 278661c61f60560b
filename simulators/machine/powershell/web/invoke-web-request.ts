import type { CommandDefinition } from '../../../powershell/index.js';
import type { MachineShell } from '../shell.js';
import { sendWebRequest } from './send-request.js';
import { WEB_PARAMETERS } from './web-parameters.js';
import { webResponseObject } from './web-response-object.js';

/**
 * Invoke-WebRequest (aliases iwr, curl, wget: DOC, 5.1's built-in aliases) against the machine's
 * HIMDS (see sendWebRequest): the answer as a response object (see webResponseObject).
 */
export function invokeWebRequest(shell: MachineShell): CommandDefinition {
  return {
    name: 'Invoke-WebRequest',
    aliases: ['iwr', 'curl', 'wget'],
    commandClass: 'Microsoft.PowerShell.Commands.InvokeWebRequestCommand',
    parameters: WEB_PARAMETERS,
    create: () => ({
      process(ctx) {
        const { reply } = sendWebRequest(ctx, shell, { name: 'Invoke-WebRequest' });
        ctx.writeOutput(webResponseObject(reply, ctx.params.UseBasicParsing === true));
      },
    }),
  };
}
