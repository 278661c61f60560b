import { type ConnectedMachineAgent, runAzcmagent } from '../../../arc/agent/index.js';
import type { CommandDefinition } from '../../../powershell/index.js';

/**
 * azcmagent.exe (and `azcmagent`) as a native command: the Connected Machine agent's own CLI
 * (simulators/arc/agent: show, connect, disconnect, version), run at the machine's virtual time.
 * It exists only where the agent is installed; elsewhere the script host's "The term 'azcmagent'
 * is not recognized ..." error is what PowerShell says (DOC: the agent installs it on the PATH).
 */
export function azcmagentExe(agent: ConnectedMachineAgent): CommandDefinition {
  return {
    name: 'azcmagent.exe',
    aliases: ['azcmagent'],
    commandClass: '',
    create: () => ({}),
    native: (args) => runAzcmagent(agent, args),
  };
}
