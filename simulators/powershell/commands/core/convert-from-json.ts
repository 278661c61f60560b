import { fromJson } from '../../values/from-json.js';
import { toPSString } from '../../values/to-string.js';
import type { CommandDefinition } from '../types.js';

/**
 * ConvertFrom-Json (DOC: ConvertFrom-Json 5.1, -InputObject only): JSON text to objects (see
 * fromJson). 3P (ConvertFromJsonCommand in the PowerShell repository, the 5.1 code): the piped
 * strings are collected; one string is converted alone; with several, each is converted when the
 * first is JSON on its own, else all are joined with line breaks and converted as one text. The
 * result is written as it is: a JSON array is one object[] (3P: 5.1 does not unroll it). Text
 * that is not JSON is refused (JavaScriptSerializer's error texts are not emulated).
 */
export const convertFromJson: CommandDefinition = {
  name: 'ConvertFrom-Json',
  commandClass: 'Microsoft.PowerShell.Commands.ConvertFromJsonCommand',
  parameters: [
    { name: 'InputObject', type: 'string', position: 0, mandatory: true, valueFromPipeline: true },
  ],
  create: () => {
    const texts: string[] = [];
    return {
      process(ctx) {
        texts.push(toPSString(ctx.params.InputObject ?? null));
      },
      end(ctx) {
        const convert = (text: string) => {
          const value = fromJson(text);
          if (value === undefined)
            return ctx.unsupported(`ConvertFrom-Json of text that is not JSON ('${text.slice(0, 40)}')`);
          ctx.writeOutput(value);
        };
        const [first] = texts;
        if (first === undefined) return;
        if (texts.length === 1 || fromJson(first) !== undefined) texts.forEach(convert);
        else convert(texts.join('\r\n'));
      },
    };
  },
};
