import { itemsOf } from '../../operators/collections.js';
import { toPSString } from '../../values/to-string.js';
import type { PSValue } from '../../values/value.js';
import { enumType } from '../parameter-types.js';
import type { CommandDefinition } from '../types.js';

/** DOC (System.ConsoleColor). */
const COLOR = enumType('System.ConsoleColor', [
  'Black',
  'DarkBlue',
  'DarkGreen',
  'DarkCyan',
  'DarkRed',
  'DarkMagenta',
  'DarkYellow',
  'Gray',
  'DarkGray',
  'Blue',
  'Green',
  'Cyan',
  'Red',
  'Magenta',
  'Yellow',
  'White',
]);

/**
 * Write-Host (DOC: Write-Host, 5.1): writes to the host; a collection's items are joined by
 * -Separator (a space); -NoNewline leaves the line open. Colours are checked and then ignored:
 * the host records text only.
 */
export const writeHost: CommandDefinition = {
  name: 'Write-Host',
  commandClass: 'Microsoft.PowerShell.Commands.WriteHostCommand',
  parameters: [
    {
      name: 'Object',
      type: 'object',
      position: 0,
      valueFromPipeline: true,
      valueFromRemainingArguments: true,
      aliases: ['Msg', 'Message'],
    },
    { name: 'NoNewline', type: 'switch' },
    { name: 'Separator', type: 'object' },
    { name: 'ForegroundColor', type: COLOR },
    { name: 'BackgroundColor', type: COLOR },
  ],
  create: () => ({
    process(ctx) {
      const separator = ctx.params.Separator === undefined ? ' ' : toPSString(ctx.params.Separator);
      const text = hostText(ctx.params.Object ?? null, separator);
      ctx.writeHost(text, { noNewline: ctx.params.NoNewline === true });
    },
  }),
};

function hostText(value: PSValue, separator: string): string {
  const items = itemsOf(value);
  return items ? items.map((item) => hostText(item, separator)).join(separator) : toPSString(value);
}
