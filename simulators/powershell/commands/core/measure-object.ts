import { ownProperty } from '../../members/properties.js';
import { parseNumber } from '../../values/parse-number.js';
import { PSObject } from '../../values/ps-object.js';
import { toPSString } from '../../values/to-string.js';
import type { PSValue } from '../../values/value.js';
import type { CommandDefinition } from '../types.js';

const GENERIC = 'Microsoft.PowerShell.Commands.GenericMeasureInfo';

/**
 * Measure-Object (DOC: Measure-Object, 5.1): counts its input and, when asked, sums, averages and
 * finds the largest and smallest value (of a property, with -Property). The result is a
 * GenericMeasureInfo (Count, Average, Sum, Maximum, Minimum, Property; statistics not asked for
 * are $null). A value that is not a number is the non-terminating error `Input object "x" is not
 * numeric.` (3P).
 */
export const measureObject: CommandDefinition = {
  name: 'Measure-Object',
  aliases: ['measure'],
  commandClass: 'Microsoft.PowerShell.Commands.MeasureObjectCommand',
  parameters: [
    { name: 'InputObject', type: 'object', valueFromPipeline: true },
    { name: 'Property', type: 'string[]', position: 0 },
    { name: 'Sum', type: 'switch' },
    { name: 'Average', type: 'switch' },
    { name: 'Maximum', type: 'switch' },
    { name: 'Minimum', type: 'switch' },
  ],
  create: () => {
    const inputs: PSValue[] = [];
    return {
      process(ctx) {
        if (ctx.input !== undefined) inputs.push(ctx.input);
      },
      end(ctx) {
        const names =
          ctx.params.Property === undefined
            ? [undefined]
            : (ctx.params.Property as PSValue[]).map((n) => toPSString(n));
        const wants = (name: string) => ctx.params[name] === true;
        const numeric = wants('Sum') || wants('Average') || wants('Maximum') || wants('Minimum');
        for (const name of names) {
          const numbers: number[] = [];
          let count = 0;
          for (const input of inputs) {
            const value = name === undefined ? input : ownProperty(input, name);
            if (value === undefined || (name !== undefined && value === null)) continue;
            count++;
            if (!numeric) continue;
            const number =
              typeof value === 'number' ? value : typeof value === 'string' ? parseNumber(value) : undefined;
            if (number === undefined) {
              ctx.writeError({
                message: `Input object "${toPSString(value)}" is not numeric.`,
                exceptionType: 'System.Management.Automation.PSInvalidOperationException',
                errorId: 'NonNumericInputObject',
                category: 'InvalidType',
                targetObject: value,
              });
              continue;
            }
            numbers.push(number);
          }
          const sum = numbers.reduce((a, b) => a + b, 0);
          ctx.writeOutput(
            new PSObject(
              [GENERIC, 'Microsoft.PowerShell.Commands.MeasureInfo', 'System.Object'],
              [
                ['Count', count],
                ['Average', wants('Average') && numbers.length ? sum / numbers.length : null],
                ['Sum', wants('Sum') ? sum : null],
                ['Maximum', wants('Maximum') && numbers.length ? Math.max(...numbers) : null],
                ['Minimum', wants('Minimum') && numbers.length ? Math.min(...numbers) : null],
                ['Property', name ?? null],
              ],
            ),
          );
        }
      },
    };
  },
};
