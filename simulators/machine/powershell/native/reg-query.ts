import type { NativeRunResult } from '../../../powershell/index.js';
import type { RegistryPath, RegistryValue } from '../../../registry/index.js';
import { registryChild } from '../paths/item-path.js';
import type { MachineShell } from '../shell.js';
import { parseRegKey } from './reg-key.js';
import { CRLF, invalidKeyName, invalidSyntax, REG_TEXT, regFail, regNotEmulated } from './reg-messages.js';
import { parseSwitches } from './reg-switches.js';

/** One value line: four spaces, then name, type and data separated by four spaces (3P: Wine's tests on Windows). */
function valueLine(value: RegistryValue | undefined, name: string): string {
  if (!value) return `    ${name === '' ? '(Default)' : name}    REG_SZ    (value not set)`;
  return `    ${value.name === '' ? '(Default)' : value.name}    ${value.type}    ${dataText(value)}`;
}

/** DOC/3P: DWORD and QWORD as 0x lower-case hex, binary as upper-case hex pairs, multi-strings joined by `\0`. */
function dataText(value: RegistryValue): string {
  switch (value.type) {
    case 'REG_DWORD':
    case 'REG_QWORD':
      return `0x${value.data.toString(16)}`;
    case 'REG_MULTI_SZ':
      return value.data.join('\\0');
    case 'REG_BINARY':
    case 'REG_NONE':
      return [...value.data].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join('');
    default:
      return value.data;
  }
}

/**
 * `reg query <key> [/v name | /ve] [/s]` (DOC: reg query /?; the output byte for byte as Wine's
 * tests check it on Windows, 3P): a blank line; the key's name and its values (when it has any),
 * a blank line; then its subkeys' names. /s lists every key below with its values instead. /v and
 * /ve show one value; with /s they search every key and end with "End of search: N match(es)
 * found.". A missing key, or a missing /v value without /s, is "ERROR: The system was unable to
 * find the specified registry key or value." with exit code 1.
 */
export function regQuery(shell: MachineShell, args: readonly string[]): NativeRunResult {
  const [keyText, ...rest] = args;
  if (keyText === undefined) return invalidSyntax('query');
  const switches = parseSwitches(rest, { v: 'value', ve: 'flag', s: 'flag' });
  if (switches === 'wow64') return regNotEmulated('the 32-bit registry view (/reg:32)');
  if (switches === 'invalid' || (switches.has('v') && switches.has('ve'))) return invalidSyntax('query');
  const key = parseRegKey(keyText);
  if (key === 'remote') return regNotEmulated('a remote registry');
  if (!key) return invalidKeyName('query');
  const registry = shell.machine.registry;
  if (!registry.keyExists(key.key)) return regFail(REG_TEXT.notFound);
  const recurse = switches.has('s');
  const out: string[] = [''];
  const wanted = switches.has('ve') ? '' : switches.get('v');
  if (typeof wanted === 'string') {
    let found = 0;
    const visit = (at: RegistryPath, name: string) => {
      const value = registry.getValue(at, wanted);
      if (value) {
        out.push(name, valueLine(value, wanted), '');
        found++;
      }
      if (!recurse) return;
      for (const sub of registry.subkeyNames(at) ?? []) visit(registryChild(at, sub), `${name}\\${sub}`);
    };
    visit(key.key, key.display);
    if (!recurse && found === 0) {
      if (wanted !== '') return regFail(REG_TEXT.notFound);
      out.push(key.display, valueLine(undefined, ''), '');
    }
    if (recurse) out.push(`End of search: ${found} match(es) found.`);
    return { stdout: `${out.join(CRLF)}${CRLF}`, stderr: '', exitCode: 0 };
  }
  const listAll = (at: RegistryPath, name: string, recursing: boolean) => {
    const values = registry.values(at) ?? [];
    if (values.length || recursing) out.push(name);
    for (const value of values) out.push(valueLine(value, value.name));
    if (values.length || recursing) out.push('');
    for (const sub of registry.subkeyNames(at) ?? []) {
      if (recurse) listAll(registryChild(at, sub), `${name}\\${sub}`, true);
      else out.push(`${name}\\${sub}`);
    }
  };
  listAll(key.key, key.display, false);
  return { stdout: `${out.join(CRLF)}${CRLF}`, stderr: '', exitCode: 0 };
}
