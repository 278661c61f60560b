import { cellText } from '../../format/cell-text.js';
import { ownProperty } from '../../members/properties.js';
import { enumerate } from '../../operators/collections.js';
import { psEquals } from '../../operators/equality.js';
import { PSObject } from '../../values/ps-object.js';
import { toPSString } from '../../values/to-string.js';
import type { PSValue } from '../../values/value.js';
import type { CommandDefinition } from '../types.js';
import { matchingNames, propertySpecs } from './property-spec.js';

/**
 * Select-Object (DOC: Select-Object, 5.1): -Property makes new objects with the named (or
 * calculated) properties, $null for ones the input lacks; -ExpandProperty outputs a property's
 * value (its items, for a collection), and a missing one is the non-terminating error
 * `Property "X" cannot be found.` (ExpandPropertyNotFound); -First, -Last, -Skip and -Unique
 * choose among the inputs.
 */
export const selectObject: CommandDefinition = {
  name: 'Select-Object',
  aliases: ['select'],
  commandClass: 'Microsoft.PowerShell.Commands.SelectObjectCommand',
  parameters: [
    { name: 'InputObject', type: 'object', valueFromPipeline: true },
    { name: 'Property', type: 'object[]', position: 0 },
    { name: 'ExpandProperty', type: 'string' },
    { name: 'Unique', type: 'switch' },
    { name: 'First', type: 'int' },
    { name: 'Last', type: 'int' },
    { name: 'Skip', type: 'int' },
  ],
  create: () => {
    const inputs: PSValue[] = [];
    return {
      process(ctx) {
        if (ctx.input !== undefined) inputs.push(ctx.input);
        else if (ctx.params.InputObject !== undefined) inputs.push(ctx.params.InputObject);
      },
      end(ctx) {
        let chosen = inputs.slice(Number(ctx.params.Skip ?? 0));
        if (ctx.params.First !== undefined) chosen = chosen.slice(0, Number(ctx.params.First));
        if (ctx.params.Last !== undefined)
          chosen = Number(ctx.params.Last) === 0 ? [] : chosen.slice(-Number(ctx.params.Last));
        const specs =
          ctx.params.Property === undefined ? undefined : propertySpecs(ctx.params.Property ?? null);
        const out: PSValue[] = [];
        for (const input of chosen) {
          if (ctx.params.ExpandProperty !== undefined) {
            const name = toPSString(ctx.params.ExpandProperty);
            const value = ownProperty(input, name);
            if (value === undefined) {
              ctx.writeError({
                message: `Property "${name}" cannot be found.`,
                exceptionType: 'System.Management.Automation.PSArgumentException',
                errorId: 'ExpandPropertyNotFound',
                category: 'InvalidArgument',
                targetObject: input,
              });
              continue;
            }
            out.push(...enumerate(value));
            continue;
          }
          if (!specs) {
            out.push(input);
            continue;
          }
          const selected = new PSObject();
          for (const spec of specs) {
            const names = spec.wildcard ? matchingNames(input, spec.name) : [spec.name];
            for (const name of names)
              selected.set(name, spec.wildcard ? (ownProperty(input, name) ?? null) : spec.value(ctx, input));
          }
          out.push(selected);
        }
        for (const value of ctx.params.Unique === true ? unique(out) : out) ctx.writeOutput(value);
      },
    };
  },
};

/** -Unique: objects equal to an earlier one (scalars by value, objects by their property values) drop out. */
function unique(values: PSValue[]): PSValue[] {
  const kept: PSValue[] = [];
  const keys: string[] = [];
  for (const value of values) {
    const key =
      value instanceof PSObject
        ? value
            .properties()
            .map((p) => `${p.name}=${cellText(p.value)}`)
            .join(';')
        : undefined;
    if (
      key !== undefined
        ? keys.includes(key)
        : kept.some((k) => !(k instanceof PSObject) && psEquals(k, value, true))
    )
      continue;
    kept.push(value);
    if (key !== undefined) keys.push(key);
  }
  return kept;
}
