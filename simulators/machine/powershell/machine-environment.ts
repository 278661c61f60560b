import { type ConnectedMachineAgent, HIMDS_ORIGINS, TOKEN_PATH } from '../../arc/agent/index.js';
import type { Machine } from '../machine.js';

/**
 * The environment a script sees ($env:NAME) on the machine: a LocalSystem session, as Arc run
 * commands and scheduled tasks give (INFER: SYSTEM's USERNAME is the computer account; the paths are
 * Windows defaults; ASSUME: nothing else is set). DOC (Arc managed identity authentication): the
 * Connected Machine agent adds IDENTITY_ENDPOINT and IMDS_ENDPOINT where it is installed.
 */
export function machineEnvironment(machine: Machine, agent?: ConnectedMachineAgent): Record<string, string> {
  const computer = machine.name.toUpperCase();
  const himds = HIMDS_ORIGINS[0] ?? '';
  return {
    ...(agent?.isInstalled ? { IDENTITY_ENDPOINT: `${himds}${TOKEN_PATH}`, IMDS_ENDPOINT: himds } : {}),
    ALLUSERSPROFILE: 'C:\\ProgramData',
    COMPUTERNAME: computer,
    NUMBER_OF_PROCESSORS: String(machine.hardware.cores),
    OS: 'Windows_NT',
    PROCESSOR_ARCHITECTURE: 'AMD64',
    ProgramData: 'C:\\ProgramData',
    ProgramFiles: 'C:\\Program Files',
    'ProgramFiles(x86)': 'C:\\Program Files (x86)',
    SystemDrive: 'C:',
    SystemRoot: 'C:\\Windows',
    TEMP: 'C:\\Windows\\TEMP',
    TMP: 'C:\\Windows\\TEMP',
    USERDOMAIN: 'WORKGROUP',
    USERNAME: `${computer}$`,
    USERPROFILE: 'C:\\Windows\\system32\\config\\systemprofile',
    windir: 'C:\\Windows',
  };
}

/** ExpandEnvironmentStrings: `%NAME%` replaced when the variable exists (names ignore case); others stay. */
export function expandEnvironment(text: string, environment: Readonly<Record<string, string>>): string {
  const byName = new Map(Object.entries(environment).map(([k, v]) => [k.toLowerCase(), v]));
  return text.replace(/%([^%]+)%/g, (whole, name: string) => byName.get(name.toLowerCase()) ?? whole);
}
