import { readFileSync } from 'node:fs';
import type { Machine } from '../../../simulators/machine/index.js';
import { formatRegFile } from '../../../simulators/registry/index.js';

/** The scripts shipped in scenarios/scripts. */
export const SCRIPTS = [
  'check-vbs',
  'enable-vbs',
  'workaround-option-1-policy',
  'workaround-option-1-cleanup',
  'workaround-option-2',
] as const;

/** A shipped script's name. */
export type ScriptName = (typeof SCRIPTS)[number];

/** A shipped script's text. */
export function script(name: ScriptName): string {
  return readFileSync(new URL(`../../../scenarios/scripts/${name}.ps1`, import.meta.url), 'utf8');
}

/** Where the harness would keep the script on the machine, for its error messages. */
export const scriptFile = (name: ScriptName): string => `C:\\scripts\\${name}.ps1`;

/** What a script can change on a machine: the whole registry (as a .reg text) and each service's state. */
export function machineState(machine: Machine): { registry: string; services: string[] } {
  return {
    registry: formatRegFile(machine.registry, ['HKEY_LOCAL_MACHINE', 'HKEY_USERS']),
    services: machine.services.list().map((s) => `${s.name}=${s.status}/${s.startType}`),
  };
}
