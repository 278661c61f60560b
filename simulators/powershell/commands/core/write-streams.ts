import { toPSString } from '../../values/to-string.js';
import type { CommandDefinition } from '../types.js';

/** Write-Warning (DOC): "WARNING: " and the message, as $WarningPreference or -WarningAction allow. */
export const writeWarning: CommandDefinition = {
  name: 'Write-Warning',
  commandClass: 'Microsoft.PowerShell.Commands.WriteWarningCommand',
  parameters: [
    {
      name: 'Message',
      type: 'string',
      position: 0,
      mandatory: true,
      valueFromPipeline: true,
      aliases: ['Msg'],
    },
  ],
  create: () => ({
    process(ctx) {
      ctx.writeWarning(toPSString(ctx.params.Message ?? null));
    },
  }),
};

/** Write-Verbose (DOC): "VERBOSE: " and the message, only with -Verbose or $VerbosePreference = 'Continue'. */
export const writeVerbose: CommandDefinition = {
  name: 'Write-Verbose',
  commandClass: 'Microsoft.PowerShell.Commands.WriteVerboseCommand',
  parameters: [
    {
      name: 'Message',
      type: 'string',
      position: 0,
      mandatory: true,
      valueFromPipeline: true,
      aliases: ['Msg'],
    },
  ],
  create: () => ({
    process(ctx) {
      ctx.writeVerbose(toPSString(ctx.params.Message ?? null));
    },
  }),
};

/** Out-Null (DOC): discards its input. */
export const outNull: CommandDefinition = {
  name: 'Out-Null',
  commandClass: 'Microsoft.PowerShell.Commands.OutNullCommand',
  parameters: [{ name: 'InputObject', type: 'object', valueFromPipeline: true }],
  create: () => ({}),
};
