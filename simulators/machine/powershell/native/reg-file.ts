import type { NativeRunResult } from '../../../powershell/index.js';
import { exportRegFile, importRegFile, RegFileError } from '../../../registry/index.js';
import type { MachineShell } from '../shell.js';
import { parseRegKey } from './reg-key.js';
import { invalidKeyName, invalidSyntax, REG_TEXT, regFail, regNotEmulated, regOk } from './reg-messages.js';
import { regConfirm } from './reg-prompt.js';
import { parseSwitches } from './reg-switches.js';

/** The disk path of a .reg file argument; only absolute C: paths (the current folder is not emulated). */
function filePath(text: string): string | undefined {
  return /^[Cc]:[\\/]/.test(text) ? text.replace(/\//g, '\\') : undefined;
}

/**
 * `reg import <file>` (DOC: reg import /?): a .reg file (UTF-16 with BOM or UTF-8) applied whole or
 * not at all. A missing file is "ERROR: Error opening the file. There may be a disk or file system
 * error." and a malformed one "ERROR: Error accessing the registry." (ASSUME: Windows' texts for
 * these are not confirmed).
 */
export function regImport(shell: MachineShell, args: readonly string[]): NativeRunResult {
  if (args.length !== 1) return invalidSyntax('import');
  const path = filePath(args[0] ?? '');
  if (!path) return regNotEmulated(`a relative file path ('${args[0]}')`);
  const disk = shell.machine.disk;
  if (!disk.exists(path) || disk.stat(path).isDirectory)
    return regFail('ERROR: Error opening the file. There may be a disk or file system error.');
  try {
    importRegFile(shell.machine.registry, disk.readBytes(path), path);
  } catch (error) {
    if (!(error instanceof RegFileError)) throw error;
    return regFail('ERROR: Error accessing the registry.');
  }
  return regOk(REG_TEXT.success);
}

/**
 * `reg export <key> <file> [/y]` (DOC: reg export /?): the key and its subtree as regedit writes a
 * .reg file (UTF-16LE with a byte-order mark). A missing key is the not-found error; an existing
 * file is overwritten with /y, else after "File <file> already exists. Overwrite the file
 * (Yes/No)? " (ASSUME: the prompt's wording); No cancels and exits 0.
 */
export function regExport(
  shell: MachineShell,
  args: readonly string[],
  answers: string[] | undefined,
): NativeRunResult {
  const [keyText, fileText, ...rest] = args;
  if (keyText === undefined || fileText === undefined) return invalidSyntax('export');
  const switches = parseSwitches(rest, { y: 'flag' });
  if (switches === 'wow64') return regNotEmulated('the 32-bit registry view (/reg:32)');
  if (switches === 'invalid') return invalidSyntax('export');
  const key = parseRegKey(keyText);
  if (key === 'remote') return regNotEmulated('a remote registry');
  if (!key) return invalidKeyName('export');
  const path = filePath(fileText);
  if (!path) return regNotEmulated(`a relative file path ('${fileText}')`);
  const registry = shell.machine.registry;
  if (!registry.keyExists(key.key)) return regFail(REG_TEXT.notFound);
  const disk = shell.machine.disk;
  let prompt = '';
  if (disk.exists(path) && switches.get('y') !== true) {
    prompt = `File ${path} already exists. Overwrite the file (Yes/No)? `;
    if (!regConfirm(shell, answers, prompt, path)) return regOk(`${prompt}${REG_TEXT.canceled}`);
  }
  disk.writeFile(path, exportRegFile(registry, [key.key]));
  return regOk(`${prompt}${REG_TEXT.success}`);
}
