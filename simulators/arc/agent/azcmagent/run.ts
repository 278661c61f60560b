import { invariant } from '../../../shared/invariant.js';
import type { ConnectedMachineAgent } from '../agent.js';
import { type FlagSpec, isResult, type ParsedArgs, parseArgs } from './args.js';
import { CONNECT_FLAGS, connectCommand } from './connect.js';
import { DISCONNECT_FLAGS, disconnectCommand } from './disconnect.js';
import { azcmagentErrors } from './errors.js';
import type { CommandResult } from './result.js';
import { SHOW_FLAGS, showCommand } from './show.js';
import { logVerbose } from './verbose-log.js';
import { versionCommand } from './version.js';

interface Command {
  readonly flags: readonly FlagSpec[];
  readonly run: (agent: ConnectedMachineAgent, parsed: ParsedArgs) => CommandResult;
}

const COMMANDS = new Map<string, Command>([
  ['connect', { flags: CONNECT_FLAGS, run: connectCommand }],
  ['disconnect', { flags: DISCONNECT_FLAGS, run: disconnectCommand }],
  ['show', { flags: SHOW_FLAGS, run: showCommand }],
  ['version', { flags: [], run: versionCommand }],
]);

/** DOC: the other subcommands azcmagent has; each is refused by name as not emulated. */
const DOCUMENTED = ['check', 'config', 'extension', 'genkey', 'help', 'license', 'logs', 'upgrade'];

/**
 * Runs `azcmagent <args>` on the agent's machine at the current virtual time, as a native command:
 * stdout, stderr, exit code. The script host calls it only where `agent.isInstalled` (elsewhere the
 * command is not found, which is the host's own error). Subcommand names are case-sensitive (INFER: cobra).
 */
export function runAzcmagent(agent: ConnectedMachineAgent, args: readonly string[]): CommandResult {
  invariant(
    agent.isInstalled,
    () => `${agent.host.name}: azcmagent is not installed (check agent.isInstalled first)`,
  );
  agent.sync();
  const [name, ...rest] = args;
  if (name === undefined) return azcmagentErrors.notEmulated('running without a subcommand');
  const command = COMMANDS.get(name);
  if (!command) {
    if (DOCUMENTED.includes(name) || name.startsWith('-')) return azcmagentErrors.notEmulated(`'${name}'`);
    return azcmagentErrors.unknownCommand(name);
  }
  const parsed = parseArgs(rest, command.flags);
  if (isResult(parsed)) return parsed;
  const result = command.run(agent, parsed);
  if (parsed.flags.has('verbose')) logVerbose(agent, result);
  return result;
}
