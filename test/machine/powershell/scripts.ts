import { readFileSync } from 'node:fs';
import type { Machine } from '../../../simulators/machine/index.js';
import { formatRegFile } from '../../../simulators/registry/index.js';

import { SHIPPED_SCRIPTS, type ShippedScript } from '../../../src/explore/shipped-scripts.js';

/** The scripts shipped in scenarios/scripts (one list: exploration's). */
export const SCRIPTS = SHIPPED_SCRIPTS;

/** A shipped script's name. */
export type ScriptName = ShippedScript;

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
