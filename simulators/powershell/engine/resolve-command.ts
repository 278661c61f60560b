import { commandNotFound, languageError } from '../errors/runtime-errors.js';
import type { CommandAst } from '../syntax/ast.js';
import { ScriptBlockValue } from '../values/script-block.js';
import { toPSString } from '../values/to-string.js';
import { createCmdletStage } from './cmdlet-stage.js';
import { type ExecContext, positionOf } from './context.js';
import { evaluate } from './evaluate.js';
import type { Emit } from './execute.js';
import { createFunctionStage } from './function-stage.js';
import { createNativeStage } from './native-stage.js';
import { raise, unsupported } from './raise.js';
import type { Stage } from './stage.js';

/**
 * Finds what a command name means and prepares it to run. DOC (about_Command_Precedence): an
 * alias, then a function, then a cmdlet; `& { }` runs a script block in a new scope and `. { }`
 * in the current one. An unknown name is CommandNotFoundException (a statement-terminating error).
 */
export function createStage(ctx: ExecContext, command: CommandAst, hasInput: boolean, emit: Emit): Stage {
  let name: string;
  if (typeof command.name === 'string') {
    name = command.name;
  } else {
    const target = evaluate(ctx, command.name);
    if (target instanceof ScriptBlockValue) {
      refuseMergeAll(ctx, command, 'a script block');
      const definition = { name: '', block: target.ast, file: target.file, source: target.source };
      return createFunctionStage(ctx, command, definition, {
        hasInput,
        emit,
        dotSource: command.invocation === '.',
      });
    }
    if (typeof target !== 'string') {
      const message = `The expression after '${command.invocation ?? '&'}' in a pipeline element produced an object that was not valid. It must result in a command name, a script block, or a CommandInfo object.`;
      return raise(
        ctx,
        languageError(message, 'BadExpression', 'InvalidOperation', positionOf(ctx, command.nameExt), {
          target: target === null ? null : toPSString(target),
        }),
      );
    }
    name = target;
  }
  const table = ctx.rt.host.commands;
  const fn = table.isAlias(name) ? undefined : ctx.scope.findFunction(name);
  if (fn) {
    refuseMergeAll(ctx, command, name);
    return createFunctionStage(ctx, command, fn, {
      hasInput,
      emit,
      dotSource: command.invocation === '.',
      invocationName: name,
    });
  }
  const cmdlet = table.resolve(name);
  if (cmdlet?.native)
    return createNativeStage(ctx, command, cmdlet.native, {
      emit,
      invocationName: name,
      programName: cmdlet.name,
    });
  if (cmdlet) {
    refuseMergeAll(ctx, command, name);
    return createCmdletStage(ctx, command, cmdlet, { hasInput, emit, invocationName: name });
  }
  // An alias of a command nobody provides reports the command's name.
  return raise(ctx, commandNotFound(table.aliasTarget(name) ?? name, positionOf(ctx, command.nameExt)));
}

/**
 * `*>&1` merges every stream into the output; on a native program only stream 2 exists besides
 * it, but for a cmdlet or function warnings, verbose and information records would merge too,
 * which is not emulated: refused by name.
 */
function refuseMergeAll(ctx: ExecContext, command: CommandAst, name: string): void {
  if (command.redirections.some((r) => r.stream === 'all' && r.target === 'output'))
    unsupported(ctx, command.ext, `*>&1 on ${name} (only on a native program)`);
}
