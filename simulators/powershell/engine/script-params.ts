import { ALL_SETS, type ParamSpec } from '../commands/param-spec.js';
import type { ScriptBlockAst } from '../syntax/ast.js';
import { knownTypes, type PSType } from '../values/types.js';
import type { ExecContext } from './context.js';
import { typeOf } from './evaluate-types.js';

/**
 * A function's or script block's parameters as binder specs. DOC (about_Functions_Advanced_Parameters):
 * a plain function takes its parameters by position in the order declared; an advanced one
 * too, unless some parameter declares a Position, when only those are positional. Switches are
 * never positional.
 */
export function scriptParamSpecs(
  ctx: ExecContext,
  block: ScriptBlockAst,
): { specs: ParamSpec[]; types: Map<string, PSType> } {
  const anyPosition = block.params.some((param) => param.position !== undefined);
  const types = new Map<string, PSType>();
  let next = 0;
  const specs = block.params.map((param): ParamSpec => {
    const type = param.type ? typeOf(ctx, param.type) : undefined;
    if (type) types.set(param.name, type);
    const isSwitch = type === knownTypes.SWITCH;
    const automatic = !isSwitch && (!block.advanced || !anyPosition) ? next++ : undefined;
    const position = param.position ?? (anyPosition && block.advanced ? undefined : automatic);
    return {
      name: param.name,
      aliases: param.aliases,
      isSwitch,
      typeName: type?.fullName ?? 'System.Object',
      convert: type ? (value) => type.convert(value) : (value) => value,
      sets: new Map([
        [
          ALL_SETS,
          {
            mandatory: param.mandatory,
            ...(position !== undefined ? { position } : {}),
            fromPipeline: param.valueFromPipeline,
            byPropertyName: param.valueFromPipelineByPropertyName,
          },
        ],
      ]),
      ...(param.validateSet ? { validateSet: param.validateSet } : {}),
    };
  });
  return { specs, types };
}
