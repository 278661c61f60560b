import type { ConnectedMachineAgent } from '../agent.js';
import { resourceIdOf } from '../resource.js';
import type { FlagSpec, ParsedArgs } from './args.js';
import { consoleLine } from './console-line.js';
import { azcmagentErrors } from './errors.js';
import { type CommandResult, ok } from './result.js';

/** DOC: azcmagent disconnect's flags. */
export const DISCONNECT_FLAGS: readonly FlagSpec[] = [
  { long: 'access-token', value: true },
  { long: 'force-local-only', short: 'f', value: false },
  { long: 'service-principal-id', short: 'i', value: true },
  { long: 'service-principal-secret', short: 'p', value: true },
  { long: 'use-device-code', value: false },
];

const NOT_EMULATED = ['use-device-code', 'config', 'help'];

/**
 * `azcmagent disconnect`: deletes the resource in Azure and resets the local agent; with
 * `--force-local-only`, only the local reset (DOC). Deleting needs a login and the network (DOC);
 * the output lines are ASSUME, worded like connect's (3P).
 */
export function disconnectCommand(agent: ConnectedMachineAgent, parsed: ParsedArgs): CommandResult {
  const { flags } = parsed;
  const stream = { logStderr: flags.has('log-stderr') };
  const refused = NOT_EMULATED.find((f) => flags.has(f));
  if (refused !== undefined) return azcmagentErrors.notEmulated(`disconnect --${refused}`);
  if (parsed.positionals.length > 0)
    return azcmagentErrors.notEmulated(`disconnect with the argument '${parsed.positionals[0]}'`);
  const localOnly = flags.has('force-local-only');
  const login =
    flags.has('access-token') || (flags.has('service-principal-id') && flags.has('service-principal-secret'));
  if (!localOnly && !login) {
    return azcmagentErrors.notEmulated(
      'an interactive login (pass a service principal, --access-token or --force-local-only)',
    );
  }
  const resource = agent.resource;
  if (resource === undefined) return azcmagentErrors.notConnected(stream);
  if (!localOnly && !agent.networkUp) return azcmagentErrors.networkError(stream);
  agent.detach(!localOnly);
  const deleting = localOnly
    ? ''
    : consoleLine(
        'INFO',
        `Deleting resource from Azure...                 Correlation ID=${resource.correlationId} Resource ID=${resourceIdOf(resource)}`,
      );
  return ok(`${deleting}${consoleLine('INFO', 'Disconnected machine from Azure')}`);
}
