import { type BindResult, bindArguments } from '../commands/binder.js';
import { BindingFailure } from '../commands/binding-failure.js';
import { COMMON_PARAMETERS, SHOULD_PROCESS_PARAMETERS } from '../commands/common-parameters.js';
import type { BindArg, Bound } from '../commands/param-spec.js';
import { bindPipelineObject } from '../commands/pipeline-binding.js';
import type { CommandInfo, InvocationInfo } from '../errors/error-record.js';
import type { CommandAst, Statement } from '../syntax/ast.js';
import type { PSValue } from '../values/value.js';
import { bindingRecord } from './binding-record.js';
import { evaluateArguments } from './command-args.js';
import { type ExecContext, positionOf } from './context.js';
import { writeNonTerminating } from './error-writer.js';
import { executeStatements } from './execute.js';
import { initializeParameters } from './function-scope.js';
import { raise } from './raise.js';
import { type FunctionDefinition, Scope } from './scope.js';
import { scriptParamSpecs } from './script-params.js';
import { ReturnSignal } from './signals.js';
import { NO_INPUT, type Stage } from './stage.js';

/**
 * A function or script block as a pipeline stage (DOC: about_Functions, about_Scopes): it runs in
 * a new scope under the caller's (dot-sourcing runs it in the caller's); begin runs once; process
 * runs per pipeline object with `$_` set (a body without named blocks is `end`, and sees the
 * pipeline objects as `$input`); `return` leaves the current block.
 */
export function createFunctionStage(
  ctx: ExecContext,
  ast: CommandAst,
  definition: FunctionDefinition,
  options: {
    hasInput: boolean;
    emit: (value: PSValue) => void;
    dotSource: boolean;
    invocationName?: string;
    /** A script run as a command: its own invocation and already evaluated arguments. */
    script?: { invocation: InvocationInfo; args: readonly BindArg[] };
  },
): Stage {
  const block = definition.block;
  const args = options.script?.args ?? evaluateArguments(ctx, ast.elements);
  const invocation: InvocationInfo = options.script?.invocation ?? {
    command: definition.name
      ? { name: definition.name, type: 'Function' }
      : { name: '', type: 'Script', scriptText: block.text },
    invocationName: options.invocationName ?? '&',
    position: positionOf(ctx, ast.ext),
  };
  const info = invocation.command as CommandInfo;
  const scope = options.dotSource ? ctx.scope : new Scope(ctx.scope, 'local');
  const inner: ExecContext = {
    rt: ctx.rt,
    scope,
    invocation,
    file: definition.file,
    source: definition.source,
  };
  const { specs } = scriptParamSpecs(ctx, block);
  const common = block.advanced ? [...COMMON_PARAMETERS, ...SHOULD_PROCESS_PARAMETERS] : [];
  const pending: PSValue[] = [];
  let result: BindResult;
  const run = (statements: readonly Statement[] | undefined) => {
    if (!statements) return;
    try {
      executeStatements(inner, statements, options.emit);
    } catch (signal) {
      if (!(signal instanceof ReturnSignal)) throw signal;
    }
  };
  const bind = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      if (error instanceof BindingFailure) return raise(ctx, bindingRecord(ctx, error, info, ast));
      throw error;
    }
  };
  return {
    begin() {
      result = bind(() =>
        bindArguments({
          specs,
          common,
          sets: [],
          args,
          pipelineInput: options.hasInput,
          mode: block.advanced ? 'advanced' : 'simple',
        }),
      );
      initializeParameters(inner, block, result, ast.ext);
      run(block.begin);
    },
    process(input) {
      if (input === NO_INPUT) {
        if (block.process) run(block.process);
        return;
      }
      if (!block.process) {
        pending.push(input);
        return;
      }
      if (
        specs.some(
          (spec) =>
            spec.sets.get('__AllParameterSets')?.fromPipeline ||
            spec.sets.get('__AllParameterSets')?.byPropertyName,
        )
      ) {
        let bound: Map<string, Bound>;
        try {
          bound = bindPipelineObject(specs, result.sets, result.bound, input).bound;
        } catch (error) {
          if (!(error instanceof BindingFailure)) throw error;
          writeNonTerminating(ctx, bindingRecord(ctx, error, info, ast), {
            emit: options.emit,
            line: ast.ext.line,
          });
          return;
        }
        for (const [name, entry] of bound) if (!result.bound.has(name)) scope.set(name, entry.value);
      }
      scope.set('_', input);
      run(block.process);
    },
    end() {
      scope.set('input', [...pending]);
      run(block.end);
    },
  };
}
