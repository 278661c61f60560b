import { toDouble } from '../../values/convert-number.js';
import type { CommandDefinition } from '../types.js';

/**
 * Start-Sleep (DOC: Start-Sleep, 5.1): -Seconds (the default, positional) or -Milliseconds.
 * Virtual time: the wait goes to the host's clock hook; nothing waits for real.
 */
export const startSleep: CommandDefinition = {
  name: 'Start-Sleep',
  aliases: ['sleep'],
  commandClass: 'Microsoft.PowerShell.Commands.StartSleepCommand',
  defaultParameterSet: 'Seconds',
  parameterSets: [
    {
      name: 'Seconds',
      parameters: [
        {
          name: 'Seconds',
          type: 'int',
          position: 0,
          mandatory: true,
          valueFromPipeline: true,
          valueFromPipelineByPropertyName: true,
        },
      ],
    },
    {
      name: 'Milliseconds',
      parameters: [
        {
          name: 'Milliseconds',
          type: 'int',
          mandatory: true,
          valueFromPipelineByPropertyName: true,
          aliases: ['ms'],
        },
      ],
    },
  ],
  create: () => ({
    process(ctx) {
      const ms =
        ctx.parameterSet === 'Milliseconds'
          ? toDouble(ctx.params.Milliseconds ?? 0)
          : toDouble(ctx.params.Seconds ?? 0) * 1000;
      ctx.sleep(ms);
    },
  }),
};
