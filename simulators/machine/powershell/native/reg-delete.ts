import type { NativeRunResult } from '../../../powershell/index.js';
import type { MachineShell } from '../shell.js';
import { parseRegKey } from './reg-key.js';
import {
  CRLF,
  invalidKeyName,
  invalidSyntax,
  REG_TEXT,
  regFail,
  regNotEmulated,
  regOk,
} from './reg-messages.js';
import { regConfirm } from './reg-prompt.js';
import { parseSwitches } from './reg-switches.js';

/**
 * `reg delete <key> [/v name | /ve | /va] [/f]` (DOC: reg delete /?): the key with its whole
 * subtree, one value, the unnamed value, or every value. A missing key or value is "ERROR: The
 * system was unable to find the specified registry key or value." (3P). Without /f it asks first:
 * "Permanently delete the registry key <key> (Yes/No)? " (3P, real capture, then a blank line),
 * "Delete the registry value <name> (Yes/No)? " and "Delete all values under the registry key
 * <key> (Yes/No)? " (INFER from the older reg's texts); No cancels and exits 0 (INFER: Wine).
 */
export function regDelete(
  shell: MachineShell,
  args: readonly string[],
  answers: string[] | undefined,
): NativeRunResult {
  const [keyText, ...rest] = args;
  if (keyText === undefined) return invalidSyntax('delete');
  const switches = parseSwitches(rest, { v: 'value', ve: 'flag', va: 'flag', f: 'flag' });
  if (switches === 'wow64') return regNotEmulated('the 32-bit registry view (/reg:32)');
  if (switches === 'invalid' || ['v', 've', 'va'].filter((s) => switches.has(s)).length > 1)
    return invalidSyntax('delete');
  const key = parseRegKey(keyText, false);
  if (key === 'remote') return regNotEmulated('a remote registry');
  if (!key) return invalidKeyName('delete');
  const registry = shell.machine.registry;
  if (!registry.keyExists(key.key)) return regFail(REG_TEXT.notFound);
  const force = switches.get('f') === true;
  const ask = (question: string, after = '') => {
    if (force) return '';
    return regConfirm(shell, answers, question, key.display) ? `${question}${after}` : undefined;
  };
  const valueName = switches.has('ve') ? '' : switches.get('v');
  if (typeof valueName === 'string') {
    if (!registry.getValue(key.key, valueName)) return regFail(REG_TEXT.notFound);
    const asked = ask(`Delete the registry value ${valueName === '' ? '(Default)' : valueName} (Yes/No)? `);
    if (asked === undefined) return regOk(REG_TEXT.canceled);
    registry.deleteValue(key.key, valueName);
    return regOk(`${asked}${REG_TEXT.success}`);
  }
  if (switches.has('va')) {
    const asked = ask(`Delete all values under the registry key ${key.display} (Yes/No)? `);
    if (asked === undefined) return regOk(REG_TEXT.canceled);
    for (const value of registry.values(key.key) ?? []) registry.deleteValue(key.key, value.name);
    return regOk(`${asked}${REG_TEXT.success}`);
  }
  const asked = ask(`Permanently delete the registry key ${key.display} (Yes/No)? `, CRLF);
  if (asked === undefined) return regOk(REG_TEXT.canceled);
  registry.deleteKey(key.key, { recursive: true });
  return regOk(`${asked}${REG_TEXT.success}`);
}
