import type { ConnectedMachineAgent } from '../agent.js';
import type { ParsedArgs } from './args.js';
import { azcmagentErrors } from './errors.js';
import { type CommandResult, ok } from './result.js';

/** `azcmagent version` (3P: the output is `azcmagent version 1.61.03319.2737`). */
export function versionCommand(agent: ConnectedMachineAgent, parsed: ParsedArgs): CommandResult {
  for (const flag of ['json', 'config', 'help']) {
    if (parsed.flags.has(flag)) return azcmagentErrors.notEmulated(`version --${flag}`);
  }
  if (parsed.positionals.length > 0)
    return azcmagentErrors.notEmulated(`version with the argument '${parsed.positionals[0]}'`);
  return ok(`azcmagent version ${agent.version}\n`);
}
