import { callMethod } from '../../members/methods.js';
import { ownProperty } from '../../members/properties.js';
import { enumerate, itemsOf } from '../../operators/collections.js';
import { ScriptBlockValue } from '../../values/script-block.js';
import { toPSString } from '../../values/to-string.js';
import type { PSValue } from '../../values/value.js';
import type { CommandContext, CommandDefinition } from '../types.js';

/**
 * ForEach-Object (DOC: ForEach-Object, 5.1): runs -Begin once, -Process once per object with `$_`
 * set (once with no input when it starts a pipeline), -End once; the blocks run in the caller's
 * scope and their output streams on. -MemberName outputs a property of each object, or calls a
 * method with -ArgumentList.
 */
export const forEachObject: CommandDefinition = {
  name: 'ForEach-Object',
  aliases: ['%', 'foreach'],
  commandClass: 'Microsoft.PowerShell.Commands.ForEachObjectCommand',
  defaultParameterSet: 'ScriptBlockSet',
  parameters: [{ name: 'InputObject', type: 'object', valueFromPipeline: true }],
  parameterSets: [
    {
      name: 'ScriptBlockSet',
      parameters: [
        {
          name: 'Process',
          type: 'scriptblock[]',
          position: 0,
          mandatory: true,
          valueFromRemainingArguments: true,
        },
        { name: 'Begin', type: 'scriptblock' },
        { name: 'End', type: 'scriptblock' },
      ],
    },
    {
      name: 'PropertyAndMethodSet',
      parameters: [
        { name: 'MemberName', type: 'string', position: 0, mandatory: true },
        { name: 'ArgumentList', type: 'object[]', valueFromRemainingArguments: true, aliases: ['Args'] },
      ],
    },
  ],
  create: () => ({
    begin(ctx) {
      run(ctx, ctx.params.Begin, null);
    },
    process(ctx) {
      const input = ctx.input ?? null;
      if (ctx.parameterSet === 'PropertyAndMethodSet') return member(ctx, input);
      const blocks = itemsOf(ctx.params.Process ?? null) ?? [ctx.params.Process ?? null];
      for (const block of blocks) run(ctx, block, input);
    },
    end(ctx) {
      run(ctx, ctx.params.End, null);
    },
  }),
};

function run(ctx: CommandContext, block: PSValue | undefined, input: PSValue): void {
  if (block instanceof ScriptBlockValue)
    ctx.invokeScript(block, { input, emit: (value) => ctx.writeOutput(value) });
}

/** INFER: a member the object lacks writes nothing (strict mode is not emulated). */
function member(ctx: CommandContext, input: PSValue): void {
  const name = toPSString(ctx.params.MemberName ?? null);
  const property = ownProperty(input, name);
  if (property !== undefined && ctx.params.ArgumentList === undefined) {
    for (const value of enumerate(property)) ctx.writeOutput(value);
    return;
  }
  const args = itemsOf(ctx.params.ArgumentList ?? null) ?? [];
  const result = callMethod(input, name, args, {
    invoke: (block, item) => ctx.invokeScript(block, { input: item }),
  });
  if (result && 'value' in result) for (const value of enumerate(result.value)) ctx.writeOutput(value);
}
