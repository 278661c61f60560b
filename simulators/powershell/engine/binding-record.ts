import type { BindingFailure } from '../commands/binding-failure.js';
import { type CommandInfo, ErrorRecord } from '../errors/error-record.js';
import { PSException } from '../errors/exception.js';
import type { CommandAst } from '../syntax/ast.js';
import { type ExecContext, positionOf } from './context.js';

/**
 * A binding failure as PowerShell reports it: a ParameterBindingException attributed to the
 * command by its real name (3P: `ls -la` reports "Get-ChildItem : A parameter cannot be found..."),
 * positioned at the argument or at the whole command.
 */
export function bindingRecord(
  ctx: ExecContext,
  failure: BindingFailure,
  command: CommandInfo,
  ast: CommandAst,
): ErrorRecord {
  const extent = failure.at === 'command' ? ast.ext : failure.at;
  return new ErrorRecord({
    exception: new PSException(failure.exceptionType, failure.message),
    errorId: failure.errorId,
    category: failure.category,
    invocation: { command, invocationName: '', position: positionOf(ctx, extent) },
  });
}
