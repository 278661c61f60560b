import { collected } from '../../operators/collections.js';
import { PSHashtable } from '../../values/hashtable.js';
import { toBool } from '../../values/to-bool.js';
import { toPSString } from '../../values/to-string.js';
import type { PSValue } from '../../values/value.js';
import type { CommandDefinition } from '../types.js';
import { propertySpecs } from './property-spec.js';

const collator = new Intl.Collator('en-US', { sensitivity: 'accent' });
const collatorCs = new Intl.Collator('en-US', { sensitivity: 'variant', caseFirst: 'lower' });

/**
 * Sort-Object (DOC: Sort-Object, 5.1): sorts its input by the given properties (or the objects
 * themselves), numbers as numbers and text culture-aware ignoring case; $null first; -Descending
 * reverses, also per property with `@{Expression=...; Descending=$true}`; -Unique drops objects
 * whose keys equal an earlier one's. Stable for equal keys.
 */
export const sortObject: CommandDefinition = {
  name: 'Sort-Object',
  aliases: ['sort'],
  commandClass: 'Microsoft.PowerShell.Commands.SortObjectCommand',
  parameters: [
    { name: 'InputObject', type: 'object', valueFromPipeline: true },
    { name: 'Property', type: 'object[]', position: 0 },
    { name: 'Descending', type: 'switch' },
    { name: 'Unique', type: 'switch' },
    { name: 'CaseSensitive', type: 'switch' },
  ],
  create: () => {
    const inputs: PSValue[] = [];
    return {
      process(ctx) {
        if (ctx.input !== undefined) inputs.push(ctx.input);
      },
      end(ctx) {
        const raw = ctx.params.Property;
        const entries = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
        const specs = raw === undefined ? [] : propertySpecs(raw);
        const descending = ctx.params.Descending === true;
        const orders = entries.map((entry) =>
          entry instanceof PSHashtable && entry.has('Descending')
            ? toBool(entry.get('Descending') ?? null)
            : descending,
        );
        const cs = ctx.params.CaseSensitive === true;
        const keyed = inputs.map((input, index) => ({
          input,
          index,
          keys: specs.length ? specs.map((spec) => spec.value(ctx, input)) : [input],
        }));
        keyed.sort((a, b) => {
          for (let i = 0; i < a.keys.length; i++) {
            const order = compareKeys(a.keys[i] ?? null, b.keys[i] ?? null, cs);
            if (order !== 0) return (specs.length ? orders[i] : descending) ? -order : order;
          }
          return a.index - b.index;
        });
        let sorted = keyed;
        if (ctx.params.Unique === true) {
          sorted = keyed.filter(
            (item, i) =>
              i === 0 ||
              item.keys.some((key, k) => compareKeys(key, keyed[i - 1]?.keys[k] ?? null, cs) !== 0),
          );
        }
        for (const item of sorted) ctx.writeOutput(item.input);
      },
    };
  },
};

function compareKeys(a: PSValue, b: PSValue, caseSensitive: boolean): number {
  const left = Array.isArray(a) ? collected(a) : a;
  const right = Array.isArray(b) ? collected(b) : b;
  if (left === null || right === null) return left === right ? 0 : left === null ? -1 : 1;
  if (typeof left === 'number' && typeof right === 'number') return Math.sign(left - right);
  if (typeof left === 'boolean' && typeof right === 'boolean') return Number(left) - Number(right);
  return Math.sign((caseSensitive ? collatorCs : collator).compare(toPSString(left), toPSString(right)));
}
