import type { CommandDefinition } from '../types.js';

/**
 * Write-Output (DOC: Write-Output): sends objects down the pipeline, enumerating collections
 * unless -NoEnumerate; extra positional arguments are more objects (ValueFromRemainingArguments).
 */
export const writeOutput: CommandDefinition = {
  name: 'Write-Output',
  aliases: ['echo', 'write'],
  commandClass: 'Microsoft.PowerShell.Commands.WriteOutputCommand',
  parameters: [
    {
      name: 'InputObject',
      type: 'object',
      position: 0,
      mandatory: true,
      valueFromPipeline: true,
      valueFromRemainingArguments: true,
    },
    { name: 'NoEnumerate', type: 'switch' },
  ],
  create: () => ({
    process(ctx) {
      ctx.writeOutput(ctx.params.InputObject ?? null, { enumerate: ctx.params.NoEnumerate !== true });
    },
  }),
};
