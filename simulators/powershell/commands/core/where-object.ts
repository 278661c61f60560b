import { getProperty } from '../../members/properties.js';
import { collected, itemsOf } from '../../operators/collections.js';
import { compareScalar } from '../../operators/comparison-ops.js';
import { psEquals } from '../../operators/equality.js';
import { ScriptBlockValue } from '../../values/script-block.js';
import { toBool } from '../../values/to-bool.js';
import { toPSString } from '../../values/to-string.js';
import { resolveType } from '../../values/types.js';
import type { PSValue } from '../../values/value.js';
import type { CommandDefinition, ParameterSetDefinition } from '../types.js';

/** DOC (Where-Object, 5.1): the comparison switches of the simplified syntax, each its own parameter set. */
const OPERATORS = [
  'EQ',
  'CEQ',
  'NE',
  'CNE',
  'GT',
  'CGT',
  'LT',
  'CLT',
  'GE',
  'CGE',
  'LE',
  'CLE',
  'Like',
  'CLike',
  'NotLike',
  'CNotLike',
  'Match',
  'CMatch',
  'NotMatch',
  'CNotMatch',
  'Contains',
  'CContains',
  'NotContains',
  'CNotContains',
  'In',
  'CIn',
  'NotIn',
  'CNotIn',
  'Is',
  'IsNot',
];

const sets: ParameterSetDefinition[] = [
  {
    name: 'ScriptBlockSet',
    parameters: [{ name: 'FilterScript', type: 'scriptblock', position: 0, mandatory: true }],
  },
  ...OPERATORS.map((op) => ({
    name: `${op}Set`,
    parameters: [
      { name: 'Property', type: 'string' as const, position: 0, mandatory: true },
      { name: 'Value', type: 'object' as const, position: 1 },
      { name: op, type: 'switch' as const, mandatory: op !== 'EQ' },
    ],
  })),
];

/**
 * Where-Object (DOC: Where-Object, 5.1): passes on the objects for which the script block is
 * true (`$_` is the object), or, in the simplified syntax, whose property compares true
 * (`Where-Object Name -eq x`); a property alone tests its truth.
 */
export const whereObject: CommandDefinition = {
  name: 'Where-Object',
  aliases: ['?', 'where'],
  commandClass: 'Microsoft.PowerShell.Commands.WhereObjectCommand',
  defaultParameterSet: 'EQSet',
  parameters: [{ name: 'InputObject', type: 'object', valueFromPipeline: true }],
  parameterSets: sets,
  create: () => ({
    process(ctx) {
      if (ctx.input === undefined && ctx.params.InputObject === undefined) return;
      const input = ctx.input ?? ctx.params.InputObject ?? null;
      const filter = ctx.params.FilterScript;
      if (filter instanceof ScriptBlockValue) {
        if (toBool(collected(ctx.invokeScript(filter, { input })))) ctx.writeOutput(input);
        return;
      }
      const value = getProperty(input, toPSString(ctx.params.Property ?? null));
      const op = OPERATORS.find((name) => ctx.params[name] === true);
      if (test(op, value, ctx.params.Value ?? null, ctx.params.Value !== undefined)) ctx.writeOutput(input);
    },
  }),
};

function test(op: string | undefined, value: PSValue, expected: PSValue, given: boolean): boolean {
  if (!op) return given ? psEquals(value, expected) : toBool(value);
  const lower = op.toLowerCase();
  const caseSensitive = lower.startsWith('c') && lower !== 'contains';
  const base = caseSensitive ? lower.slice(1) : lower;
  switch (base) {
    case 'contains':
    case 'notcontains': {
      const found = (itemsOf(value) ?? [value]).some((item) => psEquals(item, expected, caseSensitive));
      return base === 'contains' ? found : !found;
    }
    case 'in':
    case 'notin': {
      const found = (itemsOf(expected) ?? [expected]).some((item) => psEquals(item, value, caseSensitive));
      return base === 'in' ? found : !found;
    }
    case 'is':
    case 'isnot': {
      const type = resolveType(toPSString(expected));
      const is = type ? type.is(value) : false;
      return base === 'is' ? is : !is;
    }
    default:
      return compareScalar(base, value, expected, caseSensitive);
  }
}
