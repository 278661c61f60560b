import { type BindResult, bindArguments } from '../commands/binder.js';
import { BindingFailure } from '../commands/binding-failure.js';
import { cmdletSpecs } from '../commands/cmdlet-params.js';
import { COMMON_PARAMETERS, SHOULD_PROCESS_PARAMETERS } from '../commands/common-parameters.js';
import { bindPipelineObject } from '../commands/pipeline-binding.js';
import type { CommandDefinition, CommandImplementation } from '../commands/types.js';
import { commandErrorRecord, isCommandError } from '../errors/adapter.js';
import { type CommandInfo, ErrorRecord, type InvocationInfo } from '../errors/error-record.js';
import type { CommandAst } from '../syntax/ast.js';
import type { PSValue } from '../values/value.js';
import { bindingRecord } from './binding-record.js';
import { evaluateArguments } from './command-args.js';
import { CommandRuntime } from './command-runtime.js';
import { commonOptions } from './common-options.js';
import { type ExecContext, positionOf } from './context.js';
import { raise } from './raise.js';
import { NO_INPUT, type Stage } from './stage.js';

/**
 * DOC (about_Pipelines, Cmdlet processing methods): a cmdlet from the command table as a pipeline stage: arguments bind at begin (a binding error
 * is statement-terminating), each pipeline object binds to the pipeline parameters (an object
 * nothing takes is a non-terminating error), and the implementation's begin/process/end run with
 * a CommandContext. Errors the implementation throws are terminating errors of the command.
 */
export function createCmdletStage(
  ctx: ExecContext,
  ast: CommandAst,
  definition: CommandDefinition,
  options: { hasInput: boolean; emit: (value: PSValue) => void; invocationName: string },
): Stage {
  const args = evaluateArguments(ctx, ast.elements);
  const { specs, sets } = cmdletSpecs(definition);
  const common = definition.supportsShouldProcess
    ? [...COMMON_PARAMETERS, ...SHOULD_PROCESS_PARAMETERS]
    : COMMON_PARAMETERS;
  const info: CommandInfo = { name: definition.name, type: 'Cmdlet', commandClass: definition.commandClass };
  const invocation: InvocationInfo = {
    command: info,
    invocationName: options.invocationName,
    position: positionOf(ctx, ast.ext),
  };
  let result: BindResult;
  let implementation: CommandImplementation;
  let runtime: CommandRuntime;
  const guard = (run: () => void) => {
    try {
      run();
    } catch (error) {
      if (error instanceof BindingFailure) raise(ctx, bindingRecord(ctx, error, info, ast));
      if (error instanceof ErrorRecord || isCommandError(error))
        raise(ctx, commandErrorRecord(error, invocation));
      throw error;
    }
  };
  return {
    begin() {
      guard(() => {
        result = bindArguments({
          specs,
          common,
          sets,
          ...(definition.defaultParameterSet ? { defaultSet: definition.defaultParameterSet } : {}),
          args,
          pipelineInput: options.hasInput,
          mode: 'cmdlet',
        });
      });
      const chosen = commonOptions(ctx, result.bound, ast.ext);
      implementation = definition.create();
      runtime = new CommandRuntime(ctx, definition, invocation, result.set, chosen, ast, options.emit);
      runtime.setItem(undefined, result.bound);
      guard(() => implementation.begin?.(runtime));
    },
    process(input) {
      if (input === NO_INPUT) {
        runtime.setItem(undefined, result.bound);
      } else {
        try {
          const item = bindPipelineObject(specs, result.sets, result.bound, input);
          runtime.setItem(input, item.bound, item.set);
        } catch (error) {
          if (!(error instanceof BindingFailure)) throw error;
          runtime.writeError(bindingRecord(ctx, error, info, ast));
          return;
        }
      }
      guard(() => implementation.process?.(runtime));
    },
    end() {
      guard(() => implementation.end?.(runtime));
      runtime.finish();
    },
  };
}
