import type { ConnectedMachineAgent } from '../agent.js';
import type { CommandResult } from './result.js';

const LEVELS = { INFO: 'info', FATAL: 'fatal' } as const;

/**
 * With `--verbose`, azcmagent.log gets the command's output (DOC: "This log contains the output of
 * the azcmagent tool commands when you use the verbose (-v) argument"). Each console line becomes a
 * log line at the command's instant; progress bars are not log lines (INFER).
 */
export function logVerbose(agent: ConnectedMachineAgent, result: CommandResult): void {
  const now = agent.clock.now();
  for (const text of `${result.stdout}${result.stderr}`.split('\n')) {
    const m = /^\s*(INFO|FATAL)\s+(.*)$/.exec(text);
    if (m) agent.log.azcmagent(now, LEVELS[m[1] as keyof typeof LEVELS], m[2] ?? '');
  }
}
