import type { NativeRunResult } from '../../../powershell/index.js';
import type { MachineShell } from '../shell.js';
import { regData } from './reg-data.js';
import { parseRegKey } from './reg-key.js';
import { invalidKeyName, invalidSyntax, REG_TEXT, regNotEmulated, regOk } from './reg-messages.js';
import { regConfirm } from './reg-prompt.js';
import { parseSwitches } from './reg-switches.js';

/**
 * `reg add <key> [/v name | /ve] [/t type] [/s sep] [/d data] [/f]` (DOC: reg add /?; behaviour
 * 3P from Wine's reg and its tests, which pass on Windows): creates the key with any missing
 * parents and sets the value; without /v the unnamed (default) value is set, to "" when no /d.
 * An existing value is overwritten after "Value <name> exists, overwrite(Yes/No)? " (3P) unless
 * /f; on No reg prints that the operation was canceled and exits 0 (INFER: Wine). Data that does
 * not fit its type, or a bad switch, is invalid syntax (ASSUME for bad data: Windows' text unknown).
 */
export function regAdd(
  shell: MachineShell,
  args: readonly string[],
  answers: string[] | undefined,
): NativeRunResult {
  const [keyText, ...rest] = args;
  if (keyText === undefined) return invalidSyntax('add');
  const switches = parseSwitches(rest, {
    v: 'value',
    ve: 'flag',
    t: 'value',
    s: 'value',
    d: 'value',
    f: 'flag',
  });
  if (switches === 'wow64') return regNotEmulated('the 32-bit registry view (/reg:32)');
  if (switches === 'invalid' || (switches.has('v') && switches.has('ve'))) return invalidSyntax('add');
  const separator = switches.get('s');
  if (typeof separator === 'string' && separator.length !== 1) return invalidSyntax('add');
  const key = parseRegKey(keyText, false);
  if (key === 'remote') return regNotEmulated('a remote registry');
  if (!key) return invalidKeyName('add');
  const text = (name: string) => {
    const value = switches.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const data = regData(text('t'), text('d'), text('s'));
  if (!data) return invalidSyntax('add');
  const registry = shell.machine.registry;
  const name = text('v') ?? '';
  let prompt = '';
  if (switches.get('f') !== true && registry.getValue(key.key, name)) {
    prompt = `Value ${name === '' ? '(Default)' : name} exists, overwrite(Yes/No)? `;
    if (!regConfirm(shell, answers, prompt, key.display)) return regOk(`${prompt}${REG_TEXT.canceled}`);
  }
  registry.createKey(key.key);
  registry.setValue(key.key, name, data);
  return regOk(`${prompt}${REG_TEXT.success}`);
}
