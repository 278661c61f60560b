import type { ShippedScript } from '../shipped-scripts.js';
import { restart, settle, stopHimds } from './operations.js';
import { type ModelState, vbsRunning, vbsStatus } from './state.js';

/** What a script run shows: its output lines, and the first line of its error stream (if any). */
export interface ScriptOutput {
  readonly lines: readonly string[];
  readonly firstError?: string;
}

const SUBSCRIPTIONS = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Subscriptions';
const MUTEX = 'DeviceLicensingServiceCommandMutex';
/** Restart-Computer -Confirm's ShouldProcess prompt (PowerShell 5.1), answered `Y` or `N` (DOMAIN.md 7). */
const prompt = (answer: 'Y' | 'N'): string[] => [
  'Confirm',
  'Are you sure you want to perform this action?',
  'Performing the operation "Enable the Local shutdown access rights and restart the computer." on target "localhost (m)".',
  `[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): ${answer}`,
];

/**
 * What each shipped script does to the model's machine and prints, read from the scripts'
 * comments and DOMAIN.md 2, 6B and 7, not from the emulator: check-vbs.ps1 changes nothing;
 * enable-vbs.ps1 turns VBS on and restarts unless it runs; option 1's policy writes the override
 * and restarts (forced), its cleanup removes the mutex; option 2 stops himds, writes the override,
 * removes the mutex and restarts only when its prompt is answered yes.
 */
export function runScriptModel(s: ModelState, script: ShippedScript, confirm: boolean): ScriptOutput {
  const status = vbsStatus(s);
  if (script === 'check-vbs')
    return {
      lines: [
        status === 2
          ? 'VBS is running (status 2).'
          : `WARNING: VBS is not running (status ${status}): enable it and restart before enabling hotpatch.`,
      ],
    };
  if (script === 'enable-vbs') {
    if (vbsRunning(s)) return { lines: ['VBS already runs; nothing to do.'] };
    s.vbsConfigured = true;
    restart(s);
    return { lines: ['EnableVirtualizationBasedSecurity set to 1; restarting.'] };
  }
  if (script === 'workaround-option-1-policy') {
    s.overrideWritten = true;
    restart(s);
    return { lines: ['Feature Preview policy enabled; restarting.'] };
  }
  const hadMutex = s.mutexPresent;
  s.mutexPresent = false;
  if (script === 'workaround-option-1-cleanup') {
    settle(s);
    const missing = `Property ${MUTEX} does not exist at path ${SUBSCRIPTIONS}.`;
    return { lines: [hadMutex ? `Removed ${MUTEX}.` : `No ${MUTEX} value to remove (${missing})`] };
  }
  stopHimds(s);
  s.overrideWritten = true;
  if (confirm) restart(s); // the agent looks only after the script
  settle(s);
  return {
    lines: [...(hadMutex ? [] : [`No ${MUTEX} value to remove.`]), ...prompt(confirm ? 'Y' : 'N')],
    ...(s.arcAgent
      ? {}
      : { firstError: "Stop-Service : Cannot find any service with service name 'HIMDS'." }),
  };
}
