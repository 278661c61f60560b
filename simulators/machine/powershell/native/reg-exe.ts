import type { CommandDefinition } from '../../../powershell/index.js';
import { DiskError } from '../../disk.js';
import type { MachineShell } from '../shell.js';
import { regAdd } from './reg-add.js';
import { regDelete } from './reg-delete.js';
import { regExport, regImport } from './reg-file.js';
import { invalidSyntax, regFail, regNotEmulated } from './reg-messages.js';
import { regQuery } from './reg-query.js';

/** DOC (reg /?): operations that exist but are not emulated; each is refused by name. */
const OTHER_OPERATIONS = ['copy', 'save', 'restore', 'load', 'unload', 'compare', 'flags'];

/**
 * reg.exe (and `reg`) as a native command (DOC: reg /?): ADD, DELETE, QUERY, IMPORT and EXPORT on
 * the machine's registry; operation names ignore case. Success text goes to standard output,
 * errors to standard error, exit code 0 or 1 (DOC, 3P). Help (`/?`) and the other operations are
 * refused with a [hotpatch-harness] line and exit code 1.
 */
export function regExe(shell: MachineShell): CommandDefinition {
  return {
    name: 'reg.exe',
    aliases: ['reg'],
    commandClass: '',
    create: () => ({}),
    native(args, input) {
      const answers = input.stdin ? [...input.stdin] : undefined;
      const [operation, ...rest] = args;
      if (operation === undefined) return invalidSyntax('');
      const name = operation.toLowerCase();
      if (rest.some((arg) => arg === '/?' || arg === '-?') || name === '/?')
        return regNotEmulated('help (/?)');
      try {
        switch (name) {
          case 'add':
            return regAdd(shell, rest, answers);
          case 'delete':
            return regDelete(shell, rest, answers);
          case 'query':
            return regQuery(shell, rest);
          case 'import':
            return regImport(shell, rest);
          case 'export':
            return regExport(shell, rest, answers);
          default:
            return OTHER_OPERATIONS.includes(name)
              ? regNotEmulated(`REG ${name.toUpperCase()}`)
              : invalidSyntax('');
        }
      } catch (error) {
        // A disk failure writing an export (its folder missing), as Windows words it.
        if (error instanceof DiskError) return regFail(`ERROR: ${error.message}`);
        throw error;
      }
    },
  };
}
