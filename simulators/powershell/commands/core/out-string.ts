import { formatForHost } from '../../format/format-host.js';
import type { PSValue } from '../../values/value.js';
import type { CommandDefinition } from '../types.js';

/**
 * Out-String (DOC: Out-String, 5.1): the text the host would show for its input, as one string
 * ending in a newline, or line by line with -Stream.
 */
export const outString: CommandDefinition = {
  name: 'Out-String',
  commandClass: 'Microsoft.PowerShell.Commands.OutStringCommand',
  parameters: [
    { name: 'InputObject', type: 'object', valueFromPipeline: true },
    { name: 'Stream', type: 'switch' },
  ],
  create: () => {
    const inputs: PSValue[] = [];
    return {
      process(ctx) {
        if (ctx.input !== undefined) inputs.push(ctx.input);
        else if (ctx.params.InputObject !== undefined) inputs.push(ctx.params.InputObject);
      },
      end(ctx) {
        const text = formatForHost(inputs);
        if (ctx.params.Stream === true) for (const line of text.split('\n')) ctx.writeOutput(line);
        else ctx.writeOutput(`${text}\n`);
      },
    };
  },
};
