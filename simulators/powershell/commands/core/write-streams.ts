import { toPSString } from '../../values/to-string.js';
import type { CommandContext, CommandDefinition } from '../types.js';

/** A Write-* cmdlet of one stream: a mandatory -Message (alias -Msg), from the pipeline too. */
function streamWriter(
  name: string,
  commandClass: string,
  write: (ctx: CommandContext, text: string) => void,
): CommandDefinition {
  return {
    name,
    commandClass,
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
        write(ctx, toPSString(ctx.params.Message ?? null));
      },
    }),
  };
}

/** Write-Warning (DOC): "WARNING: " and the message, as $WarningPreference or -WarningAction allow. */
export const writeWarning = streamWriter(
  'Write-Warning',
  'Microsoft.PowerShell.Commands.WriteWarningCommand',
  (ctx, text) => ctx.writeWarning(text),
);

/** Write-Verbose (DOC): "VERBOSE: " and the message, only with -Verbose or $VerbosePreference = 'Continue'. */
export const writeVerbose = streamWriter(
  'Write-Verbose',
  'Microsoft.PowerShell.Commands.WriteVerboseCommand',
  (ctx, text) => ctx.writeVerbose(text),
);

/** Out-Null (DOC): discards its input. */
export const outNull: CommandDefinition = {
  name: 'Out-Null',
  commandClass: 'Microsoft.PowerShell.Commands.OutNullCommand',
  parameters: [{ name: 'InputObject', type: 'object', valueFromPipeline: true }],
  create: () => ({}),
};
